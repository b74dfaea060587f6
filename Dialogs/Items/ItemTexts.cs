using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Items;

/// <summary>Texts about one item, shared by open items, progress, check-off and history.</summary>
public static class ItemTexts
{
    public static string Item(Lang lang, int number) => lang.Pick($"第{number}条", $"Item {number}");

    // The buttons under an item.
    public static string ReportAction(Lang lang) => lang.Pick("报告进展", "Report progress");
    public static string CheckOffAction(Lang lang) => lang.Pick("申请销号", "Request check-off");
    public static string ApproveAction(Lang lang) => lang.Pick("同意销号", "Approve check-off");
    public static string ExtensionAction(Lang lang) => lang.Pick("申请延期", "Request extension");
    public static string SendBackAction(Lang lang) => lang.Pick("不属于本单位", "Not ours");
    public static string HistoryAction(Lang lang) => lang.Pick("查看记录", "History");

    public static string WhichItem(Lang lang) => lang.Pick(
        "请告诉我是第几条事项，例如“第3条”。发送“我的待办”可查看编号。",
        "Which item? Give its number, e.g. \"item 3\". Send \"my open items\" to see the numbers.");

    public static string NotFound(Lang lang, int number) => lang.Pick(
        $"没有找到您可以查看的第{number}条事项。请发送“我的待办”核对编号。",
        $"There is no item {number} that you can see. Send \"my open items\" to check the numbers.");

    public static string Status(Lang lang, AssignmentStatus status) => status switch
    {
        AssignmentStatus.Dispatched => lang.Pick("已交办", "dispatched"),
        AssignmentStatus.SignedFor => lang.Pick("已签收", "signed for"),
        AssignmentStatus.InProgress => lang.Pick("推进中", "in progress"),
        AssignmentStatus.CheckOffRequested => lang.Pick("待销号审核", "check-off requested"),
        AssignmentStatus.Closed => lang.Pick("已销号", "closed"),
        AssignmentStatus.SentBack => lang.Pick("已退回", "sent back"),
        _ => status.ToString(),
    };

    /// <summary>A status as stored in the audit trail (the enum's name), shown in the user's language.</summary>
    public static string Status(Lang lang, string? stored) =>
        Enum.TryParse<AssignmentStatus>(stored, out var s) ? Status(lang, s) : stored ?? "—";

    /// <summary>Task text cut for lists, so a page of items stays within Teams' card size.</summary>
    public static string Short(string task, int max = 80) => task.Length <= max ? task : task[..(max - 1)] + "…";

    public static string Date(Lang lang, DateOnly d) => lang == Lang.En ? d.ToString("MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture) : $"{d.Year}年{d.Month}月{d.Day}日";

    public static string Time(Lang lang, DateTimeOffset local) => lang == Lang.En
        ? local.ToString("MMM d HH:mm", System.Globalization.CultureInfo.InvariantCulture)
        : $"{local.Month}月{local.Day}日 {local:HH:mm}";
}
