using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Extension;

internal static class ExtensionTexts
{
    private static string D(Lang lang, DateOnly d) => ItemTexts.Date(lang, d);
    private static string Due(Lang lang, DateOnly? d) => d is { } x ? D(lang, x) : lang.Pick("未定", "not set");
    private static string Approvers(Lang lang, ExtensionApprover who) =>
        who == ExtensionApprover.Leader ? lang.Pick("分管领导", "the leader in charge") : lang.Pick("办公室", "the office");

    // The unit asks.
    public static string NotResponsible(Lang lang, int number, string unit) => lang.Pick(
        $"只有{unit}的负责人、副职或联络员可以为{ItemTexts.Item(lang, number)}申请延期。",
        $"Only the head, deputy or liaison of {unit} can request an extension for item {number}.");

    public static string Closed(Lang lang, int number) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}已销号，无需延期。",
        $"Item {number} is already closed; it needs no extension.");

    public static string CheckOffPending(Lang lang, int number) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}已申请销号、正在等待办公室审核，暂不能申请延期。",
        $"Item {number} is waiting for the office to verify its check-off; an extension cannot be requested now.");

    public static string AlreadyPending(Lang lang, int number, DateOnly asked) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}已有一份延期申请（延期至{D(lang, asked)}）正在等待审批，请等待答复后再申请。",
        $"Item {number} already has an extension request (to {D(lang, asked)}) waiting for a decision; please wait for the answer.");

    public static string NeedDate(Lang lang, int number) => lang.Pick(
        $"请写明新的截止日期，例如“第{number}条申请延期到12月20日，原因：……”。",
        $"Please give the new deadline, e.g. \"request extension of item {number} to Dec 20, reason: ...\".");

    public static string NotLater(Lang lang, int number, DateOnly current) => lang.Pick(
        $"新的截止日期须晚于{ItemTexts.Item(lang, number)}现在的截止日期（{D(lang, current)}）。",
        $"The new deadline must be later than item {number}'s current deadline ({D(lang, current)}).");

    public static string Past(Lang lang, DateOnly asked, DateOnly today) => lang.Pick(
        $"{D(lang, asked)}不在今天（{D(lang, today)}）之后，请给出今后的日期。",
        $"{D(lang, asked)} is not after today ({D(lang, today)}); please give a future date.");

    public static string NeedReason(Lang lang) => lang.Pick("请写明申请延期的原因。", "Please give the reason for the extension.");

    public static string Requested(Lang lang, int number, DateOnly asked, ExtensionApprover who) => lang.Pick(
        $"已提交{ItemTexts.Item(lang, number)}的延期申请（延期至{D(lang, asked)}），等待{Approvers(lang, who)}审批。",
        $"Extension requested for item {number} (to {D(lang, asked)}); waiting for {Approvers(lang, who)} to decide.");

    // The approver decides.
    public static string NotApprover(Lang lang, int number, ExtensionApprover who) => who == ExtensionApprover.Leader
        ? lang.Pick($"只有分管该单位的局领导可以审批{ItemTexts.Item(lang, number)}的延期申请。", $"Only the leader in charge of the unit can decide on item {number}'s extension request.")
        : lang.Pick("只有局办公室（督办员）可以审批延期申请。", "Only the office (supervisors) can decide on extension requests.");

    public static string NoPending(Lang lang, int number) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}没有待审批的延期申请。",
        $"Item {number} has no extension request waiting for a decision.");

    public static string AlreadyDecided(Lang lang, int number, ExtensionDecision decision, string by) => decision == ExtensionDecision.Approved
        ? lang.Pick($"{ItemTexts.Item(lang, number)}的这份延期申请已由{by}同意，无需再次审批。", $"This extension request for item {number} was already approved by {by}; nothing to decide.")
        : lang.Pick($"{ItemTexts.Item(lang, number)}的这份延期申请已由{by}答复不同意，无需再次审批。", $"This extension request for item {number} was already refused by {by}; nothing to decide.");

    public static string ItemClosed(Lang lang, int number) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}已销号，这份延期申请无需再审批。",
        $"Item {number} is closed; this extension request needs no decision.");

    public static string NeedRefuseReason(Lang lang) => lang.Pick("请填写不同意的理由。", "Please give a reason for refusing.");

    public static string Approved(Lang lang, int number, DateOnly? from, DateOnly to) => lang.Pick(
        $"已同意{ItemTexts.Item(lang, number)}延期：截止日期由{Due(lang, from)}调整为{D(lang, to)}，已通知承办单位。",
        $"Extension of item {number} approved: the deadline moves from {Due(lang, from)} to {D(lang, to)}; the unit has been told.");

    public static string Refused(Lang lang, int number) => lang.Pick(
        $"已答复{ItemTexts.Item(lang, number)}不予延期，截止日期不变，已通知承办单位。",
        $"Extension of item {number} refused; the deadline stays and the unit has been told.");

    // Proactive messages, each in its recipient's language.
    public static string ToldApproved(Lang lang, int number, string task, DateOnly? from, DateOnly to) => lang.Pick(
        $"✅ 第{number}条“{ItemTexts.Short(task, 40)}”的延期申请已获同意：截止日期由{Due(lang, from)}调整为{D(lang, to)}。",
        $"✅ The extension for item {number} \"{ItemTexts.Short(task, 40)}\" was approved: the deadline moves from {Due(lang, from)} to {D(lang, to)}.");

    public static string ToldRefused(Lang lang, int number, string task, string reason, DateOnly? due) => lang.Pick(
        $"❌ 第{number}条“{ItemTexts.Short(task, 40)}”的延期申请未获同意。理由：{reason}。截止日期仍为{Due(lang, due)}。",
        $"❌ The extension for item {number} \"{ItemTexts.Short(task, 40)}\" was refused. Reason: {reason}. The deadline stays {Due(lang, due)}.");

    // Cards.
    public static string FormTitle(Lang lang, int number) => lang.Pick($"申请延期 · {ItemTexts.Item(lang, number)}", $"Request extension · item {number}");
    public static string CurrentDueLabel(Lang lang) => lang.Pick("现截止日期", "Current deadline");
    public static string NewDueLabel(Lang lang) => lang.Pick("新的截止日期", "New deadline");
    public static string ReasonLabel(Lang lang) => lang.Pick("延期原因", "Reason");
    public static string ProgressLabel(Lang lang) => lang.Pick("目前进展（可选）", "Progress so far (optional)");
    public static string Submit(Lang lang) => lang.Pick("提交", "Submit");

    public static string CardTitle(Lang lang, int number) => lang.Pick($"延期申请 · 第{number}条", $"Extension request · item {number}");
    public static string UnitLabel(Lang lang) => lang.Pick("单位", "Unit");
    public static string RequesterLabel(Lang lang) => lang.Pick("申请人", "Requested by");
    public static string AskedLabel(Lang lang) => lang.Pick("申请延期至", "Asked for");
    public static string DoneLabel(Lang lang) => lang.Pick("完成", "Done");
    public static string DueText(Lang lang, DateOnly? d) => Due(lang, d);
    public static string Reason(Lang lang, string reason) => lang.Pick($"原因：{reason}", $"Reason: {reason}");
    public static string Progress(Lang lang, string progress) => progress.Length > 0
        ? lang.Pick($"目前进展：{progress}", $"Progress so far: {progress}")
        : lang.Pick("目前进展：（未填写）", "Progress so far: (not given)");
    public static string Approve(Lang lang) => lang.Pick("同意延期", "Approve extension");
    public static string Refuse(Lang lang) => lang.Pick("不同意", "Refuse");
    public static string ConfirmRefuse(Lang lang) => lang.Pick("确认不同意", "Confirm refusal");
    public static string RefuseReasonLabel(Lang lang) => lang.Pick("不同意的理由", "Reason for refusing");
    public static string RefuseFormTitle(Lang lang, int number) => lang.Pick($"不同意延期 · {ItemTexts.Item(lang, number)}", $"Refuse extension · item {number}");
    public static string History(Lang lang) => lang.Pick("查看记录", "History");

    // Help lines and how the confirmation card names a model's proposal.
    public static string HelpSay(Lang lang) => lang.Pick("第3条申请延期到12月20日，原因：……", "request extension of item 3 to Dec 20, reason: ...");
    public static string HelpWhat(Lang lang) => lang.Pick("申请延长截止日期（单位负责人、副职或联络员）", "ask for a later deadline (unit head, deputy or liaison)");
    public static string RequestProposal(Lang lang) => lang.Pick("申请延期", "request an extension");
    public static string ApproveProposal(Lang lang) => lang.Pick("同意延期", "approve an extension");
    public static string RefuseProposal(Lang lang) => lang.Pick("不同意延期", "refuse an extension");
}
