using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Help;

internal static class HelpTexts
{
    public static string Title(Lang lang) => lang.Pick("督办助手能为您做什么", "What Directive Tracker can do");

    public static IEnumerable<(string Say, string What)> Commands(Lang lang, bool office) => lang == Lang.En
        ? new List<(string, string)>
        {
            ("my open items", "your open items, most urgent first (also: overdue items, due this week)"),
            ("relay status", "which units have held their relay meeting"),
            ("help", "this list"),
        }.Concat(office ? [("@mention me with a meeting text", "extract the directives for review and dispatch (office)"),
                           ("delivery report", "who got the last dispatch, who is still waiting, and resend to the unreached (office)"),
                           // Ledger (Features/Ledger)
                           ("export ledger", "the directive ledger as an Excel workbook: all open items, or this meeting / a unit / from 2026-11-01 to 2026-11-30 (office)"),
                           // Numbered sheets (Features/DispatchSheet)
                           ("print the directive notice for item 3", "the numbered notice as a card and a one-page Word file; \"reminder notice\" for an overdue item (office)")] : [])
        : new List<(string, string)>
        {
            ("我的待办", "查看您的待办事项，最紧急的在前（也可以说：逾期的、本周到期）"),
            ("传达情况", "查看各单位传达会议的召开情况"),
            ("帮助", "显示本说明"),
        }.Concat(office ? [("@督办助手 + 会议讲话全文", "提取督办事项，审核后下发（督办员）"),
                           ("送达情况", "查看最近一次下发谁已收到、谁还没收到，并可重发未送达（督办员）"),
                           // Ledger (Features/Ledger)
                           ("导出台账", "生成督办台账 Excel：全部在办事项，或“导出台账 本次会议 / 市政工程处 / 11月1日至11月30日”（督办员）"),
                           // Numbered sheets (Features/DispatchSheet)
                           ("打印督办单 第3条", "生成带编号的督办单（卡片和一页 Word 文件）；逾期事项可“打印催办单 第3条”（督办员）")] : []);

    /// <summary>A command as people type it, quoted: “我的待办” / "my open items".</summary>
    public static string Say(Lang lang, string command) => lang.Pick($"“{command}”", $"\"{command}\"");
    public static string OpenItemsAction(Lang lang) => lang.Pick("我的待办", "My open items");
    public static string HelpAction(Lang lang) => lang.Pick("帮助", "Help");

    // The welcome, sent once when the bot is added to a chat or team.
    public static string WelcomeTitle(Lang lang) => lang.Pick("您好！我是督办助手。", "Hello! I'm Directive Tracker.");
    public static string WelcomeIntro(Lang lang) => lang.Pick(
        "会议结束后，我把督办事项交办到各单位，收集各单位召开传达会议的确认，回答“我的待办”，并在临近截止和逾期时提醒相关同志。",
        "After a leadership meeting I pass its directives to the units, collect each unit's confirmation that it held its relay meeting, answer \"my open items\", and remind people before and after deadlines.");

    public static string Footer(Lang lang) => lang.Pick(
        "直接用中文或英文说出您的需要即可，例如“我还有什么没办的”。",
        "Just say what you need in English or Chinese, e.g. \"what do I still owe\".");
}
