using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.DispatchSheet;

/// <summary>What the 督办单 / 催办单 say, on paper and in chat, in zh-CN and en-US.</summary>
public static class DispatchSheetTexts
{
    // Its line on the office's Help card.
    public static string HelpSay(Lang lang) => lang.Pick("打印督办单 第3条", "print the directive notice for item 3");
    public static string HelpWhat(Lang lang) => lang.Pick("生成带编号的督办单（卡片和一页 Word 文件）；逾期事项可“打印催办单 第3条”（督办员）",
        "the numbered notice as a card and a one-page Word file; \"reminder notice\" for an overdue item (office)");

    public static string Title(Lang lang, bool chase) => chase ? lang.Pick("催 办 单", "Reminder notice") : lang.Pick("督 办 单", "Directive notice");
    public static string FileName(Lang lang, bool chase, int item) => chase
        ? lang.Pick($"催办单-第{item}条.docx", $"reminder-item-{item}.docx")
        : lang.Pick($"督办单-第{item}条.docx", $"directive-item-{item}.docx");

    public static string Number(Lang lang) => lang.Pick("编号", "Number");
    public static string Meeting(Lang lang) => lang.Pick("会议", "Meeting");
    public static string Item(Lang lang) => lang.Pick("事项编号", "Item");
    public static string Task(Lang lang) => lang.Pick("督办事项", "Directive");
    public static string Lead(Lang lang) => lang.Pick("牵头单位", "Lead unit");
    public static string Assisting(Lang lang) => lang.Pick("配合单位", "Assisting units");
    public static string Owner(Lang lang) => lang.Pick("承办单位", "Unit");
    public static string Deadline(Lang lang) => lang.Pick("办理时限", "Deadline");
    public static string Status(Lang lang) => lang.Pick("办理状态", "Status");
    public static string Source(Lang lang) => lang.Pick("原文", "Source sentence");
    public static string SourceLine(Lang lang, string source) => lang.Pick($"原文：{source}", $"Source: {source}");
    public static string Overdue(Lang lang, int days) => lang.Pick($"已逾期 {days} 天，请抓紧办理并反馈。", $"{days} day(s) overdue: please complete it and report back.");
    public static string Requirement(Lang lang) => lang.Pick(
        "请承办单位按时限办结，并通过督办助手反馈进展、申请销号。", "Please complete it by the deadline and report progress and check-off through Directive Tracker.");
    public static string IssuerSignature(Lang lang) => lang.Pick("督查室（签章）：____________    日期：____年__月__日", "Issued by the office (seal): ____________    Date: __________");
    public static string ReceiverSignature(Lang lang) => lang.Pick("承办单位负责人签收：____________    日期：____年__月__日", "Received by the unit's head: ____________    Date: __________");

    public static string Ready(Lang lang, string number, int item, bool personal) => personal
        ? lang.Pick($"第{item}条的{number}已生成，请在下面的卡片上点“允许”接收 Word 文件。", $"The notice {number} for item {item} is ready; press Allow on the card below to receive the Word file.")
        : lang.Pick($"第{item}条的{number}已生成，Word 文件已私聊发给您。", $"The notice {number} for item {item} is ready; the Word file is in our 1:1 chat.");
    public static string FileDescription(Lang lang, string number, int item) => lang.Pick($"{number} · 第{item}条", $"{number} · item {item}");

    public static string OfficeOnly(Lang lang) => lang.Pick("只有督办室可以打印督办单、催办单。", "Only the office can print directive and reminder notices.");
}
