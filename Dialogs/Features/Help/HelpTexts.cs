using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Help;

internal static class HelpTexts
{
    public static string Title(Lang lang) => lang.Pick("督办助手能为您做什么", "What Directive Tracker can do");

    public static string HelpSay(Lang lang) => lang.Pick("帮助", "help");
    public static string HelpWhat(Lang lang) => lang.Pick("显示本说明", "this list");

    /// <summary>A command as people type it, quoted: “我的待办” / "my open items".</summary>
    public static string Say(Lang lang, string command) => lang.Pick($"“{command}”", $"\"{command}\"");
    public static string OpenItemsAction(Lang lang) => lang.Pick("我的待办", "My open items");
    public static string HelpAction(Lang lang) => lang.Pick("帮助", "Help");

    // The welcome, sent once when the bot is added to a chat or team.
    public static string WelcomeTitle(Lang lang) => lang.Pick("您好！我是督办助手。", "Hello! I'm Directive Tracker.");
    public static string WelcomeIntro(Lang lang) => lang.Pick(
        "会议结束后，我把督办事项交办到各单位，收集各单位召开传达会议的确认，回答“我的待办”，并在临近截止和逾期时提醒相关同志。",
        "After a leadership meeting I pass its directives to the units, collect each unit's confirmation that it held its relay meeting, answer \"my open items\", and remind people before and after deadlines.");

    /// <summary>
    /// After a reinstall: the person knows the bot already, so one line instead of the first-time welcome,
    /// saying that what could not reach them meanwhile follows (reminders of past days are not replayed).
    /// </summary>
    public static string WelcomeBack(Lang lang) => lang.Pick(
        "欢迎回来！督办助手已重新添加。您不在期间未能送达的交办通知会随后补发；发送“帮助”可查看我能做什么。",
        "Welcome back! The app is added again. Notices that could not reach you meanwhile follow now; send \"help\" to see what I can do.");

    public static string Footer(Lang lang) => lang.Pick(
        "直接用中文或英文说出您的需要即可，例如“我还有什么没办的”。",
        "Just say what you need in English or Chinese, e.g. \"what do I still owe\".");
}
