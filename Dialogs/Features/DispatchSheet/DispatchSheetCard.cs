using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.DispatchSheet;

/// <summary>The 督办单 / 催办单 as an Adaptive Card (1.5): the same content as the .docx.</summary>
public static class DispatchSheetCard
{
    public static JsonObject Build(DispatchSheet sheet, Lang lang)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Text(DispatchSheetTexts.Title(lang, sheet.Chase), bold: true, size: "Large"),
            AdaptiveCard.Text(sheet.Number, subtle: true),
            AdaptiveCard.Facts(
            [
                (DispatchSheetTexts.Meeting(lang), sheet.Meeting),
                (DispatchSheetTexts.Item(lang), ItemTexts.Item(lang, sheet.Item)),
                (DispatchSheetTexts.Task(lang), sheet.Task),
                (DispatchSheetTexts.Owner(lang), sheet.Owner),
                (DispatchSheetTexts.Lead(lang), sheet.Lead),
                (DispatchSheetTexts.Assisting(lang), sheet.Assisting.Length == 0 ? "—" : sheet.Assisting),
                (DispatchSheetTexts.Deadline(lang), sheet.DeadlineShown(lang)),
                (DispatchSheetTexts.Status(lang), ItemTexts.Status(lang, sheet.Status)),
            ]),
            AdaptiveCard.Text(DispatchSheetTexts.SourceLine(lang, sheet.Source.Length == 0 ? "—" : sheet.Source), subtle: true),
        };
        if (sheet.Chase && sheet.DaysOverdue is { } days) body.Add(AdaptiveCard.Text(DispatchSheetTexts.Overdue(lang, days), bold: true, color: "Attention"));
        return AdaptiveCard.New([.. body]);
    }
}
