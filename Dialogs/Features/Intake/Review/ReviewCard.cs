using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Features.Intake;

namespace ChatBot.Dialogs.Features.Intake.Review;

/// <summary>
/// The numbered review card (Adaptive Card 1.5): meeting, relay requirement, every directive with its
/// owners, deadline and exact source sentence, what needs a human (⚠), items the rules are unsure of
/// (待确认, listed last), and 确认下发 / 取消. Long extractions are paged so that a card stays under
/// Teams' 28 KB. The card is posted once and then updated in place as the reviewer edits.
/// </summary>
public static class ReviewCard
{
    /// <summary>What the card needs besides the draft: today (a past deadline is flagged) and the roster size ("all units").</summary>
    public sealed record Context(Lang Lang, int PageSize, string ExpiresAtLocal, DateOnly Today, int UnitCount);

    public static JsonObject Build(IntakeDraft draft, Context context)
    {
        // Shrink the page until the card fits: one long source sentence should not push the buttons off.
        for (var size = Math.Max(1, context.PageSize); ; size = Math.Max(1, size * 2 / 3))
        {
            var card = Page(draft, context with { PageSize = size });
            if (size == 1) return CardSize.Guard(card);
            if (CardSize.Fits(card)) return card;
        }
    }

    /// <summary>What the review card becomes once the review is over: its title and one line, no buttons.</summary>
    public static JsonObject Closed(Lang lang, string line) =>
        AdaptiveCard.New(AdaptiveCard.Text(IntakeTexts.ReviewTitle(lang), bold: true, size: "Medium", subtle: true), AdaptiveCard.Text(line));

    private static JsonObject Page(IntakeDraft draft, Context context)
    {
        var (lang, pageSize, expiresAtLocal) = (context.Lang, context.PageSize, context.ExpiresAtLocal);
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
            facts.Add((IntakeTexts.RelayLabel(lang), $"{Units(r.Units, lang, null)} · {string.Join("、", r.Forms)} · {Deadline(r.DeadlineText, r.Due, lang)}"));
        body.Add(AdaptiveCard.Facts(facts));
        var flagged = items.Count(i => Flags(i, context).Count > 0);
        var unsure = items.Count(IsUnsure);
        body.Add(AdaptiveCard.Text(IntakeTexts.Summary(lang, items.Count, flagged, unsure), bold: true));
        if (unsure > 0) body.Add(AdaptiveCard.Text(IntakeTexts.UnsureHint(lang), subtle: true, size: "Small"));

        var from = page * pageSize;
        var shown = items.Skip(from).Take(pageSize).ToList();
        if (pages > 1) body.Add(AdaptiveCard.Text(IntakeTexts.PageOf(lang, page + 1, pages, from + 1, from + shown.Count), subtle: true));
        for (var i = 0; i < shown.Count; i++) body.Add(Item(shown[i], from + i + 1, context));

        body.Add(AdaptiveCard.Text(IntakeTexts.EditHint(lang), subtle: true, size: "Small"));
        body.Add(AdaptiveCard.Text(IntakeTexts.ExpiresAt(lang, expiresAtLocal), subtle: true, size: "Small"));
        var actions = new List<JsonNode>
        {
            AdaptiveCard.Submit(IntakeTexts.ConfirmAction(lang), IntakeCapability.Confirm, IntakeVerbs.Data(draft)),
            AdaptiveCard.Submit(IntakeTexts.CancelAction(lang), IntakeCapability.Cancel, IntakeVerbs.Data(draft)),
        };
        if (page > 0) actions.Add(AdaptiveCard.Submit(IntakeTexts.PrevAction(lang), IntakeCapability.Page, IntakeVerbs.Data(draft, page - 1)));
        if (page < pages - 1) actions.Add(AdaptiveCard.Submit(IntakeTexts.NextAction(lang), IntakeCapability.Page, IntakeVerbs.Data(draft, page + 1)));
        body.Add(AdaptiveCard.ActionSet(actions.ToArray()));
        return AdaptiveCard.New(body.ToArray());
    }

    public static bool IsUnsure(ExtractedDirective d) => d.NeedsReview.Contains(ReviewCodes.Unsure);

    private static JsonObject Item(ExtractedDirective d, int n, Context context)
    {
        var lang = context.Lang;
        var mark = IsUnsure(d) ? IntakeTexts.UnsureMark(lang) : "";
        var lines = new List<JsonNode>
        {
            AdaptiveCard.Text($"**{IntakeTexts.Item(lang, n)}**{mark} {d.Task}", color: IsUnsure(d) ? "Warning" : null),
            AdaptiveCard.Text(IntakeTexts.ItemFacts(lang, Units(d.Owners, lang, context.UnitCount),
                d.Assisting.Count > 0 ? Units(d.Assisting, lang, context.UnitCount) : null, Deadline(d.DeadlineText, d.Due, lang)), size: "Small"),
        };
        if ((Understanding.Cadence.ReportCadenceParser.Find(d.Task) ?? Understanding.Cadence.ReportCadenceParser.Find(d.Source)) is { } cadence)
            lines.Add(AdaptiveCard.Text(Cadence.CadenceTexts.Review(lang, cadence), size: "Small"));
        var flags = Flags(d, context);
        if (flags.Count > 0) lines.Add(AdaptiveCard.Text("⚠ " + string.Join(IntakeTexts.FlagSeparator(lang), flags), color: "Attention", size: "Small"));
        // The exact words of the meeting, so the reviewer judges the item against what was said.
        if (d.Source.Length > 0) lines.Add(AdaptiveCard.Text(IntakeTexts.Sourced(lang, d.Source), subtle: true, size: "Small"));
        return AdaptiveCard.Container(lines, separator: true);
    }

    /// <summary>What a person must look at: the extractor's codes (not "ongoing" or "unsure", shown otherwise) and a deadline already past.</summary>
    private static List<string> Flags(ExtractedDirective d, Context context)
    {
        var flags = d.NeedsReview.Where(c => c is not ("ongoing" or ReviewCodes.Unsure)).Select(c => IntakeTexts.Flag(context.Lang, c)).ToList();
        if (d.Due is { } due && due < context.Today) flags.Add(IntakeTexts.PastDue(context.Lang));
        return flags;
    }

    private static string Units(List<string> units, Lang lang, int? unitCount) =>
        units.Count == 0 ? "—" : string.Join(IntakeTexts.UnitSeparator(lang), units.Select(u => u != RosterNames.AllUnits ? u
            : unitCount is { } count ? IntakeTexts.AllUnitsCount(lang, count) : IntakeTexts.AllUnits(lang)));

    private static string Deadline(string? text, DateOnly? due, Lang lang) =>
        (text, due) switch
        {
            (null, null) => IntakeTexts.NotGiven(lang),
            (null, { } d) => IntakeTexts.Date(lang, d),
            ({ } t, null) => $"{t} → {IntakeTexts.Pending(lang)}",
            ({ } t, { } d) => $"{t} → {IntakeTexts.Date(lang, d)}",
        };
}
