using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.CheckOff;

internal static class CheckOffTexts
{
    public static string NotResponsible(Lang lang, int number, string unit) => lang.Pick(
        $"只有{unit}的负责人、副职或联络员可以为{ItemTexts.Item(lang, number)}申请销号。",
        $"Only the head, deputy or liaison of {unit} can request check-off for item {number}.");

    public static string AlreadyPending(Lang lang, int number) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}已有销号申请正在等待办公室审核，无需重复申请。",
        $"Item {number} already has a check-off request waiting for the office.");

    public static string AlreadyClosed(Lang lang, int number) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}已销号。",
        $"Item {number} is already closed.");

    public static string NeedNote(Lang lang) => lang.Pick("请填写办结情况说明。", "Please describe how the item was completed.");

    public static string Requested(Lang lang, int number, int files) => lang.Pick(
        $"已提交{ItemTexts.Item(lang, number)}的销号申请{(files > 0 ? $"（附件 {files} 个）" : "")}，等待办公室审核。",
        $"Check-off requested for item {number}{(files > 0 ? $" ({files} file(s) attached)" : "")}; the office will verify it.");

    public static string OfficeOnly(Lang lang) => lang.Pick(
        "只有局办公室（督办员）可以审核销号。",
        "Only the office (supervisors) can decide on check-off.");

    public static string NotRequested(Lang lang, int number, AssignmentStatus status) => status switch
    {
        AssignmentStatus.Closed => lang.Pick($"{ItemTexts.Item(lang, number)}已销号，无需再次审核。", $"Item {number} is already closed; nothing to decide."),
        AssignmentStatus.SentBack => lang.Pick($"{ItemTexts.Item(lang, number)}已被退回，正等待单位重新申请销号。", $"Item {number} was already sent back; the unit has not asked again yet."),
        _ => lang.Pick($"{ItemTexts.Item(lang, number)}没有待审核的销号申请。", $"Item {number} has no check-off request to decide."),
    };

    public static string NeedReason(Lang lang) => lang.Pick("请填写退回理由。", "Please give a reason for sending it back.");

    public static string Approved(Lang lang, int number) => lang.Pick($"已同意{ItemTexts.Item(lang, number)}销号，事项已办结。", $"Check-off of item {number} approved; the item is closed.");
    public static string Returned(Lang lang, int number) => lang.Pick($"已退回{ItemTexts.Item(lang, number)}，已通知承办单位。", $"Item {number} sent back; the unit has been told.");

    // Proactive messages, each in its recipient's language.
    public static string OfficeCardTitle(Lang lang, int number) => lang.Pick($"销号申请 · 第{number}条", $"Check-off request · item {number}");
    /// <param name="reviewer">The unit that reviewed a passed-down item (逐级审核); null: the office.</param>
    public static string ToldApproved(Lang lang, int number, string task, string? reviewer) => lang.Pick(
        $"✅ 第{number}条“{ItemTexts.Short(task, 40)}”已通过{reviewer ?? "办公室"}审核，予以销号。",
        $"✅ Item {number} \"{ItemTexts.Short(task, 40)}\" was approved by {reviewer ?? "the office"} and is closed.");
    public static string ToldReturned(Lang lang, int number, string task, string reason, string? reviewer) => lang.Pick(
        $"↩️ 第{number}条“{ItemTexts.Short(task, 40)}”的销号申请被{reviewer ?? "办公室"}退回。理由：{reason}。请补充后重新申请销号。",
        $"↩️ {(reviewer ?? "The office")} sent back the check-off request for item {number} \"{ItemTexts.Short(task, 40)}\". Reason: {reason}. Please complete it and request check-off again.");
    public static string UnitLabel(Lang lang) => lang.Pick("单位", "Unit");
    public static string RequesterLabel(Lang lang) => lang.Pick("申请人", "Requested by");
    public static string DueLabel(Lang lang) => lang.Pick("截止", "Due");
    public static string DueNotSet(Lang lang) => lang.Pick("待定", "not set");
    public static string DoneLabel(Lang lang) => lang.Pick("完成", "Done");
    public static string Completion(Lang lang, string note) => note.Length > 0
        ? lang.Pick($"办结情况：{note}", $"How it was completed: {note}")
        : lang.Pick("办结情况：（未填写）", "How it was completed: (not given)");
    public static string MoreFiles(Lang lang, int more) => lang.Pick($"另有 {more} 个附件，点“查看记录”查看。", $"{more} more file(s): press \"History\" to see them.");
    public static string Approve(Lang lang) => lang.Pick("同意销号", "Approve check-off");
    public static string SendBack(Lang lang) => lang.Pick("退回", "Send back");
    public static string ConfirmSendBack(Lang lang) => lang.Pick("确认退回", "Confirm send back");
    public static string History(Lang lang) => lang.Pick("查看记录", "History");
    public static string ReasonFormTitle(Lang lang, int number) => lang.Pick($"退回 · {ItemTexts.Item(lang, number)}", $"Send back · item {number}");

    public static string FormTitle(Lang lang, int number) => lang.Pick($"申请销号 · {ItemTexts.Item(lang, number)}", $"Request check-off · item {number}");
    public static string NoteLabel(Lang lang) => lang.Pick("办结情况说明", "How it was completed");
    public static string EvidenceHint(Lang lang) => lang.Pick("如需附佐证材料，请直接发送“第N条申请销号”并附上文件。", "To attach evidence, send \"request check-off for item N\" with the files attached.");
    public static string ReasonLabel(Lang lang) => lang.Pick("退回理由", "Reason");
    public static string Submit(Lang lang) => lang.Pick("提交", "Submit");

    // How the confirmation card names a change the language model read.
    public static string RequestProposal(Lang lang) => lang.Pick("申请销号", "request a check-off");
    public static string ApproveProposal(Lang lang) => lang.Pick("同意销号", "approve a check-off");
    public static string ReturnProposal(Lang lang) => lang.Pick("退回销号申请", "send a check-off request back");
}
