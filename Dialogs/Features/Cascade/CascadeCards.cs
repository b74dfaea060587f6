using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Cascade;

/// <summary>The pass-down form: the unit's sub-units and people to choose from, a deadline, what is passed.</summary>
internal static class CascadeCards
{
    public const string TargetsKey = "to";

    public static JsonObject Form(Lang lang, Assignment a, IReadOnlyList<CascadeTarget> targets)
    {
        var choices = targets.Select(t => (JsonNode)new JsonObject { ["title"] = t.Name, ["value"] = t.Key }).ToArray();
        var date = new JsonObject { ["type"] = "Input.Date", ["id"] = "date", ["label"] = CascadeTexts.DateLabel(lang, a.Due) };
        if (a.Due is { } due) { date["value"] = ItemLifecycle.Iso(due); date["max"] = ItemLifecycle.Iso(due); }
        return CardSize.Guard(AdaptiveCard.New(
                AdaptiveCard.Text(CascadeTexts.FormTitle(lang, a.Number), bold: true, size: "Medium"),
                AdaptiveCard.Text(ItemTexts.Short(a.Task, 200), subtle: true),
                new JsonObject
                {
                    ["type"] = "Input.ChoiceSet", ["id"] = TargetsKey, ["label"] = CascadeTexts.TargetsLabel(lang), ["isMultiSelect"] = true,
                    ["style"] = "expanded", ["choices"] = new JsonArray(choices),
                },
                date,
                new JsonObject { ["type"] = "Input.Text", ["id"] = "task", ["label"] = CascadeTexts.TaskLabel(lang), ["isMultiline"] = true, ["maxLength"] = 500 })
            .WithActions(AdaptiveCard.Submit(CascadeTexts.Submit(lang), CascadeCapability.PassDown, new JsonObject { ["item"] = a.Number, [TurnArgs.FormMarker] = true })));
    }
}
