using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Features.Audit;
using ChatBot.Dialogs.Features.CheckOff;
using ChatBot.Dialogs.Features.Progress;
using ChatBot.Dialogs.Features.Extension;
using ChatBot.Dialogs.Features.Reassign;

namespace ChatBot.Dialogs.Features.OpenItems;

/// <summary>
/// The buttons under an item: 报告进展, 申请销号, 申请延期, 不属于本单位, 查看记录 — each an Action.Submit with data
/// {verb, item: number}; only the ones this member may use on an item in this status.
/// </summary>
public static class ItemActions
{
    public static JsonNode[] For(Lang lang, Member member, Assignment a)
    {
        var data = new JsonObject { ["item"] = a.Number };
        var list = new List<JsonNode>();
        if (a.IsOpen && ItemAccess.CanReport(member, a))
            list.Add(AdaptiveCard.Submit(ItemTexts.ReportAction(lang), ProgressCapability.Report, data));
        if (a.Status is not (AssignmentStatus.Closed or AssignmentStatus.CheckOffRequested) && ItemAccess.CanRequestCheckOff(member, a))
            list.Add(AdaptiveCard.Submit(ItemTexts.CheckOffAction(lang), CheckOffRequestCapability.Request, data));
        // Extension (延期申请): the unit asks; the feature refuses a second request while one waits.
        if (a.IsOpen && a.Status != AssignmentStatus.CheckOffRequested && ItemAccess.CanActForUnit(member, a))
            list.Add(AdaptiveCard.Submit(ItemTexts.ExtensionAction(lang), ExtensionRequestCapability.Request, data));
        // Send back (退回): offered while the unit has only received the item; typed, it is accepted later too.
        if (a.Status is AssignmentStatus.Dispatched or AssignmentStatus.SignedFor && ItemAccess.CanActForUnit(member, a))
            list.Add(AdaptiveCard.Submit(ItemTexts.SendBackAction(lang), SendBackCapability.Request, data));
        if (a.Status == AssignmentStatus.CheckOffRequested && ItemAccess.CanDecideCheckOff(member, a))
            list.Add(AdaptiveCard.Submit(ItemTexts.ApproveAction(lang), CheckOffDecisionCapability.Approve, data));
        list.Add(AdaptiveCard.Submit(ItemTexts.HistoryAction(lang), ItemHistoryCapability.History, data));
        return list.ToArray();
    }
}
