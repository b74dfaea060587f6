using System.Text.RegularExpressions;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake.Extraction.Relay;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>
/// The deterministic (no-LLM) reader of meeting texts: speeches, minutes (会议纪要), task-division plans
/// (任务分工方案) and rectification plans. Pure: the same text, roster and date always give the same result.
/// It over-flags rather than guesses: what it cannot pin down goes to the reviewer as a NeedsReview code.
/// </summary>
public sealed class RuleExtractor
{
    private readonly ChineseTimeResolver _time;

    public RuleExtractor(ExtractionOptions? options = null) =>
        _time = new ChineseTimeResolver((options ?? new ExtractionOptions()).Time);

    /// <param name="reference">The meeting date, or today; a date written in the text's header takes precedence.</param>
    public ExtractionResult Extract(string text, IReadOnlyList<Unit> roster, DateOnly reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        var meeting = MeetingHeader.Read(text);
        var owners = new OwnerReader(roster);
        var relays = new RelayReader(text, owners, _time, meeting.Date ?? reference).Read();
        var pass = new ExtractionPass(text, owners, _time, meeting.Date ?? reference) { RelaySpans = relays.Select(r => r.Span).ToList() };
        pass.Run();
        return new ExtractionResult
        {
            Meeting = meeting,
            Relay = relays.OrderBy(r => r.Span.Start).Select(r => r.Relay).ToList(),
            Directives = pass.Drafts.Where(d => !IsRelay(d.Span, relays)).OrderBy(d => d.Span.Start).Select(d => d.ToDirective(text)).ToList(),
        };
    }

    /// <summary>A sentence that asks for a relay is reported once, as the relay: mostly inside a relay's span, it is no directive.</summary>
    private static bool IsRelay(TextSpan draft, List<RelayDraft> relays) =>
        relays.Any(r => 2 * (Math.Min(draft.End, r.Span.End) - Math.Max(draft.Start, r.Span.Start)) >= draft.Length);
}

/// <summary>A directive while it is being read: its owners keep their kind until the review codes are written.</summary>
internal sealed class Draft
{
    public TextSpan Span { get; set; }
    public string Task { get; set; } = "";
    public List<Owner> Leads { get; set; } = [];
    public List<Owner> Assisting { get; set; } = [];
    public TimeResolution? Deadline { get; set; }
    /// <summary>Kept by the recall sweep without a modal or an explicit assignment: the reviewer confirms it.</summary>
    public bool Unsure { get; set; }

    public ExtractedDirective ToDirective(string text)
    {
        var d = new ExtractedDirective
        {
            Task = Task,
            Owners = Leads.Select(o => o.Name).Distinct().ToList(),
            Assisting = Assisting.Select(o => o.Name).Where(n => !Leads.Any(l => l.Name == n)).Distinct().ToList(),
            DeadlineText = Deadline is { Kind: not TimeKind.None } dl ? dl.Text : null,
            Due = Deadline?.Date,
            Source = Span.Of(text),
        };
        foreach (var o in Leads)
            if (o.Kind == OwnerKind.Unknown) d.NeedsReview.Add($"unknown-owner:{o.Name}");
            else if (o.Kind == OwnerKind.Person) d.NeedsReview.Add($"person-owner:{o.Name}");
        foreach (var o in Assisting)
            if (o.Kind == OwnerKind.Unknown && o.Name.Length >= 3 && !d.Owners.Contains(o.Name)) d.NeedsReview.Add($"unknown-owner:{o.Name}");
        if (Leads.Count == 0) d.NeedsReview.Add("no-owner");
        if (Deadline?.Kind == TimeKind.NeedsDate) d.NeedsReview.Add("needs-date");
        if (Unsure) d.NeedsReview.Add(ReviewCodes.Unsure);
        var codes = d.NeedsReview.Distinct().ToList();
        d.NeedsReview.Clear();
        d.NeedsReview.AddRange(codes);
        return d;
    }
}
