using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Progress;

/// <summary>The small progress form (text + optional percent), and the choice when task words fit several items.</summary>
internal static class ProgressCards
{
    public static JsonObject Form(Lang lang, Assignment a, string? text = null) => AdaptiveCard.New(
        AdaptiveCard.Text(ProgressTexts.FormTitle(lang, a.Number), bold: true, size: "Medium"),
        AdaptiveCard.Text(ItemTexts.Short(a.Task, 200), subtle: true),
        new JsonObject
        {
            ["type"] = "Input.Text", ["id"] = "text", ["label"] = ProgressTexts.TextLabel(lang), ["isMultiline"] = true,
            ["maxLength"] = ProgressFeature.MaxText, ["placeholder"] = ProgressTexts.TextPlaceholder(lang), ["value"] = text ?? "",
        },
        PercentInput(lang, a.Percent))
        .WithActions(AdaptiveCard.Submit(ProgressTexts.Submit(lang), ProgressCapability.Report,
            new JsonObject { ["item"] = a.Number, [TurnArgs.FormMarker] = true }));

    private static JsonObject PercentInput(Lang lang, int? current)
    {
        var input = new JsonObject { ["type"] = "Input.Number", ["id"] = "percent", ["label"] = ProgressTexts.PercentLabel(lang), ["min"] = 0, ["max"] = 100 };
        if (current is { } p) input["value"] = p;
        return input;
    }

    public static JsonObject Choose(Lang lang, string words, IReadOnlyList<Assignment> items, string text, int? percent)
    {
        var buttons = items.Select(a =>
        {
            var data = new JsonObject { ["item"] = a.Number, ["text"] = text };
            if (percent is { } p) data["percent"] = p;
            return (JsonNode)AdaptiveCard.Submit($"{ItemTexts.Item(lang, a.Number)} {ItemTexts.Short(a.Task, 30)}", ProgressCapability.Report, data);
        }).ToArray();
        return AdaptiveCard.New(AdaptiveCard.Text(ProgressTexts.Which(lang, words), wrap: true))
            .WithActions(buttons);
    }
}
