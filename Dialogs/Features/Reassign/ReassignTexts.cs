using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Reassign;

internal static class ReassignTexts
{
    // The unit sends back.
    public static string NotResponsible(Lang lang, int number, string unit) => lang.Pick(
        $"只有{unit}的负责人、副职或联络员可以退回{ItemTexts.Item(lang, number)}。",
        $"Only the head, deputy or liaison of {unit} can send item {number} back.");

    public static string Closed(Lang lang, int number) => lang.Pick($"{ItemTexts.Item(lang, number)}已销号，无需退回。", $"Item {number} is already closed; there is nothing to send back.");

    public static string CheckOffPending(Lang lang, int number) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}已申请销号、正在等待办公室审核，暂不能退回。",
        $"Item {number} is waiting for the office to verify its check-off; it cannot be sent back now.");

    public static string AlreadyPending(Lang lang, int number) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}已经退回办公室，正在等待处理。",
        $"Item {number} has already been sent back and is waiting for the office.");

    public static string NeedReason(Lang lang) => lang.Pick("请写明退回的原因（为什么不属于本单位）。", "Please say why the item is not your unit's.");

    public static string Requested(Lang lang, int number) => lang.Pick(
        $"已将{ItemTexts.Item(lang, number)}退回办公室，等待办公室改派或答复。在此之前事项仍由本单位承办。",
        $"Item {number} has been sent back to the office, which will reassign it or answer. Until then it stays with your unit.");

    // The office decides.
    public static string OfficeOnly(Lang lang) => lang.Pick("只有局办公室（督办员）可以改派事项。", "Only the office (supervisors) can reassign items.");

    public static string NoPending(Lang lang, int number) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}没有待处理的退回申请。",
        $"Item {number} has no send-back waiting for the office.");

    public static string AlreadyDecided(Lang lang, int number, ReassignDecision decision, string by, string? unit) => decision == ReassignDecision.Reassigned
        ? lang.Pick($"{ItemTexts.Item(lang, number)}的退回已由{by}处理：改派给{unit}。", $"This send-back of item {number} was already handled by {by}: reassigned to {unit}.")
        : lang.Pick($"{ItemTexts.Item(lang, number)}的退回已由{by}处理：仍由原单位办理。", $"This send-back of item {number} was already handled by {by}: kept with the unit.");

    public static string ItemMovedOn(Lang lang, int number) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}已销号或正在销号审核，不能再改派。",
        $"Item {number} is closed or awaiting check-off; it can no longer be reassigned.");

    public static string WhichUnit(Lang lang) => lang.Pick("请选择改派给哪个单位。", "Please choose the unit to reassign it to.");

    public static string UnknownUnit(Lang lang, string said) => lang.Pick(
        $"名册中没有“{said}”这个单位，请核对名称。",
        $"There is no unit \"{said}\" on the roster; please check the name.");

    public static string SameUnit(Lang lang, int number, string unit) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}本来就由{unit}承办；如要维持原单位，请用“仍由原单位办理”并写明理由。",
        $"Item {number} is already {unit}'s; to keep it there, use \"keep with the unit\" and give a reason.");

    public static string NeedNote(Lang lang) => lang.Pick("请写明维持原单位办理的理由。", "Please explain why the item stays with the unit.");

    public static string Reassigned(Lang lang, int number, string from, string to) => lang.Pick(
        $"已将{ItemTexts.Item(lang, number)}由{from}改派给{to}，已通知双方。",
        $"Item {number} reassigned from {from} to {to}; both units have been told.");

    public static string Kept(Lang lang, int number, string unit) => lang.Pick(
        $"已答复{ItemTexts.Item(lang, number)}仍由{unit}办理，已通知该单位。",
        $"Item {number} stays with {unit}; the unit has been told.");

    // Proactive messages, each in its recipient's language.
    public static string ToldReassignedAway(Lang lang, int number, string task, string to) => lang.Pick(
        $"↪️ 第{number}条“{ItemTexts.Short(task, 40)}”已由办公室改派给{to}，本单位不再承办。",
        $"↪️ The office reassigned item {number} \"{ItemTexts.Short(task, 40)}\" to {to}; your unit no longer owns it.");

    public static string ToldReassignedHere(Lang lang, int number, string from) => lang.Pick(
        $"督办改派：第{number}条由{from}改派给本单位承办。",
        $"Reassigned to your unit: item {number} (from {from}).");

    public static string ToldKept(Lang lang, int number, string task, string note) => lang.Pick(
        $"第{number}条“{ItemTexts.Short(task, 40)}”经办公室研究仍由本单位办理。说明：{note}",
        $"The office decided item {number} \"{ItemTexts.Short(task, 40)}\" stays with your unit. Explanation: {note}");

    // Cards.
    public static string FormTitle(Lang lang, int number) => lang.Pick($"退回 · {ItemTexts.Item(lang, number)}", $"Send back · item {number}");
    public static string ReasonLabel(Lang lang) => lang.Pick("退回原因（为什么不属于本单位）", "Why it is not your unit's");
    public static string Submit(Lang lang) => lang.Pick("提交", "Submit");
    public static string CardTitle(Lang lang, int number) => lang.Pick($"退回申请 · 第{number}条", $"Sent back · item {number}");
    public static string UnitLabel(Lang lang) => lang.Pick("退回单位", "Sent back by");
    public static string RequesterLabel(Lang lang) => lang.Pick("申请人", "Requested by");
    public static string Reason(Lang lang, string reason) => lang.Pick($"原因：{reason}", $"Reason: {reason}");
    public static string ChooseUnit(Lang lang) => lang.Pick("改派给", "Reassign to");
    public static string Reassign(Lang lang) => lang.Pick("改派", "Reassign");
    public static string Keep(Lang lang) => lang.Pick("仍由原单位办理", "Keep with the unit");
    public static string ConfirmKeep(Lang lang) => lang.Pick("确认", "Confirm");
    public static string NoteLabel(Lang lang) => lang.Pick("说明理由", "Explanation");
    public static string History(Lang lang) => lang.Pick("查看记录", "History");
    public static string Action(Lang lang) => lang.Pick("不属于本单位", "Not ours");

    // Help line and how the confirmation card names a model's proposal.
    public static string HelpSay(Lang lang) => lang.Pick("第3条不属于我们，原因：……", "item 3 is not ours, reason: ...");
    public static string HelpWhat(Lang lang) => lang.Pick("退回办公室改派（单位负责人、副职或联络员）", "send an item back to the office to be reassigned (unit head, deputy or liaison)");
    public static string SendBackProposal(Lang lang) => lang.Pick("退回（不属于本单位）", "send an item back as not yours");
    public static string ReassignProposal(Lang lang) => lang.Pick("改派", "reassign an item");
    public static string KeepProposal(Lang lang) => lang.Pick("仍由原单位办理", "keep an item with its unit");
}
