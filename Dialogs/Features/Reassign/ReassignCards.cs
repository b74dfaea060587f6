using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Features.Audit;

namespace ChatBot.Dialogs.Features.Reassign;

/// <summary>
/// The unit's send-back form, and the office's card: choose the unit from the roster and 改派, or keep
/// the item with the unit and say why. The office's buttons name the send-back they answer.
/// </summary>
internal static class ReassignCards
{
    public const string RequestKey = "request";
    /// <summary>The choice set's id: the chosen unit's roster id.</summary>
    public const string UnitIdKey = "unitId";

    public static JsonObject RequestForm(Lang lang, Assignment a) => AdaptiveCard.New(
            AdaptiveCard.Text(ReassignTexts.FormTitle(lang, a.Number), bold: true, size: "Medium"),
            AdaptiveCard.Text(ItemTexts.Short(a.Task, 200), subtle: true),
            TextInput("reason", ReassignTexts.ReasonLabel(lang)))
        .WithActions(AdaptiveCard.Submit(ReassignTexts.Submit(lang), SendBackCapability.Request, FormData(a.Number)));

    public static JsonObject ForOffice(Lang lang, Assignment a, Unit from, string requester, ReassignRecord record, IReadOnlyList<Unit> units)
    {
        var choices = units.Where(u => u.Id != from.Id).OrderBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => (JsonNode)new JsonObject { ["title"] = u.Name, ["value"] = u.Id }).ToArray();
        var reassign = new JsonObject
        {
            ["type"] = "Action.ShowCard",
            ["title"] = ReassignTexts.Reassign(lang),
            ["card"] = AdaptiveCard.New(new JsonObject
                {
                    ["type"] = "Input.ChoiceSet", ["id"] = UnitIdKey, ["label"] = ReassignTexts.ChooseUnit(lang), ["style"] = "compact",
                    ["choices"] = new JsonArray(choices),
                })
                .WithActions(AdaptiveCard.Submit(ReassignTexts.Reassign(lang), ReassignDecisionCapability.Reassign, FormData(a.Number, record.Id))),
        };
        var keep = new JsonObject
        {
            ["type"] = "Action.ShowCard",
            ["title"] = ReassignTexts.Keep(lang),
            ["card"] = AdaptiveCard.New(TextInput("reason", ReassignTexts.NoteLabel(lang)))
                .WithActions(AdaptiveCard.Submit(ReassignTexts.ConfirmKeep(lang), ReassignDecisionCapability.Keep, FormData(a.Number, record.Id))),
        };
        return CardSize.Guard(AdaptiveCard.New(
                AdaptiveCard.Text(ReassignTexts.CardTitle(lang, a.Number), bold: true, size: "Medium"),
                AdaptiveCard.Text(ItemTexts.Short(a.Task, 300)),
                AdaptiveCard.Facts([(ReassignTexts.UnitLabel(lang), from.Name), (ReassignTexts.RequesterLabel(lang), requester)]),
                AdaptiveCard.Text(ReassignTexts.Reason(lang, record.Reason)))
            .WithActions(reassign, keep, AdaptiveCard.Submit(ReassignTexts.History(lang), ItemHistoryCapability.History, new JsonObject { ["item"] = a.Number })));
    }

    public static JsonObject KeepForm(Lang lang, Assignment a, string recordId) => AdaptiveCard.New(
            AdaptiveCard.Text(ReassignTexts.Keep(lang) + " · " + ItemTexts.Item(lang, a.Number), bold: true, size: "Medium"),
            TextInput("reason", ReassignTexts.NoteLabel(lang)))
        .WithActions(AdaptiveCard.Submit(ReassignTexts.Submit(lang), ReassignDecisionCapability.Keep, FormData(a.Number, recordId)));

    private static JsonObject TextInput(string id, string label) => new()
    {
        ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["isMultiline"] = true, ["maxLength"] = 1000,
    };

    private static JsonObject FormData(int number, string? recordId = null)
    {
        var data = new JsonObject { ["item"] = number, [TurnArgs.FormMarker] = true };
        if (recordId is not null) data[RequestKey] = recordId;
        return data;
    }
}
