using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Intake.Extraction;

namespace ChatBot.Dialogs.Features.Intake.Review;

/// <summary>
/// The numbered review card (Adaptive Card 1.5): meeting, relay requirement, every directive with its
/// owners and deadline, what needs a human, and 确认下发 / 取消. Long extractions are paged so that a
/// card stays under Teams' 28 KB.
/// </summary>
public static class ReviewCard
{
    public static JsonObject Build(IntakeDraft draft, Lang lang, int pageSize, string expiresAtLocal)
    {
        // Shrink the page until the card fits: one long source sentence should not push the buttons off.
        for (var size = Math.Max(1, pageSize); ; size = Math.Max(1, size * 2 / 3))
        {
            var card = Page(draft, lang, size, expiresAtLocal);
            if (size == 1) return CardSize.Guard(card);
            if (CardSize.Fits(card)) return card;
        }
    }

    private static JsonObject Page(IntakeDraft draft, Lang lang, int pageSize, string expiresAtLocal)
    {
        var items = draft.Items;
        var pages = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        var page = Math.Clamp(draft.Page, 0, pages - 1);
        var m = draft.Extraction.Meeting;
        var body = new List<JsonNode> { AdaptiveCard.Text(IntakeTexts.ReviewTitle(lang), bold: true, size: "Medium") };
        if (draft.FallbackReason is not null) body.Add(AdaptiveCard.Text(IntakeTexts.RulesUsed(lang), color: "Warning", bold: true));
        var facts = new List<(string, string)>
        {
            (IntakeTexts.MeetingLabel(lang), m.Title ?? IntakeTexts.Untitled(lang)),
            (IntakeTexts.DateLabel(lang), m.Date is { } d ? IntakeTexts.Date(lang, d) : IntakeTexts.Pending(lang)),
        };
        if (m.Speaker is not null) facts.Add((IntakeTexts.SpeakerLabel(lang), m.Speaker));
        foreach (var r in draft.Extraction.Relay)
            facts.Add((IntakeTexts.RelayLabel(lang), $"{Units(r.Units, lang)} · {string.Join("、", r.Forms)} · {Deadline(r.DeadlineText, r.Due, lang)}"));
        body.Add(AdaptiveCard.Facts(facts));
        var flagged = items.Count(i => i.NeedsReview.Any(c => c != "ongoing"));
        body.Add(AdaptiveCard.Text(IntakeTexts.Summary(lang, items.Count, flagged), bold: true));

        var from = page * pageSize;
        var shown = items.Skip(from).Take(pageSize).ToList();
        if (pages > 1) body.Add(AdaptiveCard.Text(IntakeTexts.PageOf(lang, page + 1, pages, from + 1, from + shown.Count), subtle: true));
        for (var i = 0; i < shown.Count; i++) body.Add(Item(shown[i], from + i + 1, lang));

        body.Add(AdaptiveCard.Text(IntakeTexts.EditHint(lang), subtle: true, size: "Small"));
        body.Add(AdaptiveCard.Text(IntakeTexts.ExpiresAt(lang, expiresAtLocal), subtle: true, size: "Small"));
        var actions = new List<JsonNode>
        {
            AdaptiveCard.Submit(IntakeTexts.ConfirmAction(lang), IntakeVerbs.Confirm, IntakeVerbs.Data(draft)),
            AdaptiveCard.Submit(IntakeTexts.CancelAction(lang), IntakeVerbs.Cancel, IntakeVerbs.Data(draft)),
        };
        if (page > 0) actions.Add(AdaptiveCard.Submit(IntakeTexts.PrevAction(lang), IntakeVerbs.Page, IntakeVerbs.Data(draft, page - 1)));
        if (page < pages - 1) actions.Add(AdaptiveCard.Submit(IntakeTexts.NextAction(lang), IntakeVerbs.Page, IntakeVerbs.Data(draft, page + 1)));
        body.Add(AdaptiveCard.ActionSet(actions.ToArray()));
        return AdaptiveCard.New(body.ToArray());
    }

    private static JsonObject Item(ExtractedDirective d, int n, Lang lang)
    {
        var lines = new List<JsonNode>
        {
            AdaptiveCard.Text($"**{IntakeTexts.Item(lang, n)}** {d.Task}"),
            AdaptiveCard.Text($"{IntakeTexts.Lead(lang)}：{Units(d.Owners, lang)}" +
                (d.Assisting.Count > 0 ? $"　{IntakeTexts.Assisting(lang)}：{string.Join("、", d.Assisting)}" : "") +
                $"　{IntakeTexts.Deadline(lang)}：{Deadline(d.DeadlineText, d.Due, lang)}", size: "Small"),
        };
        var flags = d.NeedsReview.Where(c => c != "ongoing").Select(c => IntakeTexts.Flag(lang, c)).ToList();
        if (flags.Count > 0) lines.Add(AdaptiveCard.Text("⚠ " + string.Join(lang.Pick("；", "; "), flags), color: "Attention", size: "Small"));
        return AdaptiveCard.Container(lines, separator: true);
    }

    private static string Units(List<string> units, Lang lang) =>
        units.Count == 0 ? "—" : string.Join("、", units.Select(u => u == RosterNames.AllUnits ? IntakeTexts.AllUnits(lang) : u));

    private static string Deadline(string? text, DateOnly? due, Lang lang) =>
        (text, due) switch
        {
            (null, null) => IntakeTexts.NotGiven(lang),
            (null, { } d) => IntakeTexts.Date(lang, d),
            ({ } t, null) => $"{t} → {IntakeTexts.Pending(lang)}",
            ({ } t, { } d) => $"{t} → {IntakeTexts.Date(lang, d)}",
        };
}
