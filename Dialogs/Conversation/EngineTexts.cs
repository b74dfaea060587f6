
namespace ChatBot.Dialogs.Conversation;

internal static class EngineTexts
{
    public static string NotOnRoster(Lang lang, string? name) => lang.Pick(
        $"您好{(string.IsNullOrWhiteSpace(name) ? "" : "，" + name)}！您还不在督办名册中，暂时无法使用督办助手。请联系局办公室（督办员）把您加入名册。",
        $"Hello{(string.IsNullOrWhiteSpace(name) ? "" : ", " + name)}! You are not on the bureau's roster yet, so I can't act for you. Please ask the office (supervisor) to add you.");

    public static string Empty(Lang lang) => lang.Pick(
        "请告诉我您想做什么，例如“我的待办”。发送“帮助”查看全部功能。",
        "Tell me what you need, for example \"my open items\". Send \"help\" to see everything I can do.");

    public static string TooLong(Lang lang, int max) => lang.Pick(
        $"消息太长了（上限 {max} 字）。如果这是会议讲话或纪要，请作为 .txt 或 .docx 附件发送。",
        $"That message is too long (limit {max} characters). If it is a meeting text, attach it as a .txt or .docx file.");

    public static string NotUnderstood(Lang lang) => lang.Pick(
        "抱歉，我没有理解。您可以说“我的待办”“传达情况”，或发送“帮助”查看全部功能。",
        "Sorry, I didn't understand. Try \"my open items\" or \"relay status\", or send \"help\".");

    public static string UnknownAction(Lang lang) => lang.Pick(
        "这个按钮已失效，请重新发送指令。",
        "That button is no longer valid; please ask again.");

    public static string RulesFallback(Lang lang) => lang.Pick(
        "（智能理解暂时不可用，本次使用了简单规则理解。）",
        "(The language model was unavailable, so simple rule-based understanding was used.)");

    public static string Cancelled(Lang lang) => lang.Pick("已取消，没有做任何更改。", "Cancelled; nothing was changed.");

    public static string NothingToCancel(Lang lang) => lang.Pick("当前没有需要取消的操作。", "There is nothing to cancel.");

    // The confirmation card of a proposal read by the language model.
    public static string ProposalTitle(Lang lang) => lang.Pick("请确认", "Please confirm");
    /// <param name="action">What the proposal would do, as its capability names it (申请销号).</param>
    public static string ProposalUnderstood(Lang lang, string action) => lang.Pick(
        $"我理解您要：{action}。确认后才会执行。",
        $"I understood: {action}. Nothing happens until you confirm.");
    public static string ConfirmAction(Lang lang) => lang.Pick("确认", "Confirm");
    public static string CancelAction(Lang lang) => lang.Pick("取消", "Cancel");

    /// <summary>The name of a proposal's slot on the confirmation card.</summary>
    public static string SlotName(Lang lang, string key) => key switch
    {
        "item" => lang.Pick("事项", "Item"),
        "text" => lang.Pick("内容", "Text"),
        "percent" => lang.Pick("完成比例", "Percent"),
        "attendees" => lang.Pick("参会人数", "Attendees"),
        "date" => lang.Pick("日期", "Date"),
        "forms" => lang.Pick("会议形式", "Meeting"),
        "unit" => lang.Pick("单位", "Unit"),
        "member" => lang.Pick("人员", "Person"),
        "role" => lang.Pick("角色", "Role"),
        "reason" => lang.Pick("理由", "Reason"),
        "days" => lang.Pick("天数", "Days"),
        "note" => lang.Pick("说明", "Note"),
        "task" => lang.Pick("任务", "Task"),
        "action" => lang.Pick("操作", "Action"),
        "value" => lang.Pick("新值", "New value"),
        _ => key,
    };
}
