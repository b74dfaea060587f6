using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Features.Audit;

namespace ChatBot.Dialogs.Features.Extension;

/// <summary>
/// The unit's request form (new date, reason, progress — prefilled with what was already said), the
/// approver's card (同意延期 / 不同意 with a reason), and the refusal reason form. The approver's buttons
/// name the request they answer, so a card left over from an earlier request cannot decide a later one.
/// </summary>
internal static class ExtensionCards
{
    /// <summary>The card data key naming the request a decision button answers.</summary>
    public const string RequestKey = "request";

    public static JsonObject RequestForm(Lang lang, Assignment a, DateOnly today, string? date, string? reason, string? progress) => AdaptiveCard.New(
            AdaptiveCard.Text(ExtensionTexts.FormTitle(lang, a.Number), bold: true, size: "Medium"),
            AdaptiveCard.Text(ItemTexts.Short(a.Task, 200), subtle: true),
            AdaptiveCard.Facts([(ExtensionTexts.CurrentDueLabel(lang), ExtensionTexts.DueText(lang, a.Due))]),
            DateInput("date", ExtensionTexts.NewDueLabel(lang), date, today.AddDays(1)),
            TextInput("reason", ExtensionTexts.ReasonLabel(lang), reason),
            TextInput("progress", ExtensionTexts.ProgressLabel(lang), progress))
        .WithActions(AdaptiveCard.Submit(ExtensionTexts.Submit(lang), ExtensionRequestCapability.Request, FormData(a.Number)));

    /// <summary>What an approver gets when a unit asks, in the approver's language.</summary>
    public static JsonObject ForApprover(Lang lang, Assignment a, string unitName, string requester, ExtensionRecord record)
    {
        var facts = new List<(string, string)>
        {
            (ExtensionTexts.UnitLabel(lang), unitName),
            (ExtensionTexts.RequesterLabel(lang), requester),
            (ExtensionTexts.CurrentDueLabel(lang), ExtensionTexts.DueText(lang, record.FromDue)),
            (ExtensionTexts.AskedLabel(lang), ItemTexts.Date(lang, record.ToDue)),
        };
        if (a.Percent is { } p) facts.Add((ExtensionTexts.DoneLabel(lang), $"{p}%"));
        var data = new JsonObject { ["item"] = a.Number, [RequestKey] = record.Id };
        var refuse = new JsonObject
        {
            ["type"] = "Action.ShowCard",
            ["title"] = ExtensionTexts.Refuse(lang),
            ["card"] = AdaptiveCard.New(TextInput("reason", ExtensionTexts.RefuseReasonLabel(lang), null))
                .WithActions(AdaptiveCard.Submit(ExtensionTexts.ConfirmRefuse(lang), ExtensionDecisionCapability.Refuse, FormData(a.Number, record.Id))),
        };
        return CardSize.Guard(AdaptiveCard.New(
                AdaptiveCard.Text(ExtensionTexts.CardTitle(lang, a.Number), bold: true, size: "Medium"),
                AdaptiveCard.Text(ItemTexts.Short(a.Task, 300)),
                AdaptiveCard.Facts(facts),
                AdaptiveCard.Text(ExtensionTexts.Reason(lang, record.Reason)),
                AdaptiveCard.Text(ExtensionTexts.Progress(lang, record.Progress), subtle: true))
            .WithActions(
                AdaptiveCard.Submit(ExtensionTexts.Approve(lang), ExtensionDecisionCapability.Approve, data),
                refuse,
                AdaptiveCard.Submit(ExtensionTexts.History(lang), ItemHistoryCapability.History, new JsonObject { ["item"] = a.Number })));
    }

    public static JsonObject RefuseForm(Lang lang, Assignment a, string recordId) => AdaptiveCard.New(
            AdaptiveCard.Text(ExtensionTexts.RefuseFormTitle(lang, a.Number), bold: true, size: "Medium"),
            AdaptiveCard.Text(ItemTexts.Short(a.Task, 200), subtle: true),
            TextInput("reason", ExtensionTexts.RefuseReasonLabel(lang), null))
        .WithActions(AdaptiveCard.Submit(ExtensionTexts.Submit(lang), ExtensionDecisionCapability.Refuse, FormData(a.Number, recordId)));

    private static JsonObject TextInput(string id, string label, string? value)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["isMultiline"] = true, ["maxLength"] = 1000 };
        if (!string.IsNullOrEmpty(value)) input["value"] = value;
        return input;
    }

    private static JsonObject DateInput(string id, string label, string? value, DateOnly min)
    {
        var input = new JsonObject { ["type"] = "Input.Date", ["id"] = id, ["label"] = label, ["min"] = ItemLifecycle.Iso(min) };
        if (!string.IsNullOrEmpty(value)) input["value"] = value;
        return input;
    }

    private static JsonObject FormData(int number, string? recordId = null)
    {
        var data = new JsonObject { ["item"] = number, [TurnArgs.FormMarker] = true };
        if (recordId is not null) data[RequestKey] = recordId;
        return data;
    }
}
