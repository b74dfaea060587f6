using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Features.Intake.Review;
using ChatBot.Dialogs.Understanding.Time;
using Microsoft.Extensions.AI;

namespace ChatBot.Dialogs.Features.Intake.Llm;

/// <summary>
/// The LLM path of extraction: the text in pieces of ≤ N characters, one structured-output call each
/// bounded by <see cref="LlmExtractionOptions.CallTimeout"/> (not by a chat turn's limit: intake runs it in
/// the background), answers checked (schema, verbatim sources, roster owners) and merged by source with
/// the rules' own reading (<see cref="RuleMerge"/>), so the model adds and corrects but never silently
/// drops what the rules found. Any failure — timeout, transport, refusal, truncated or malformed answer —
/// gives the rules' extraction instead, with the reason, so the review card can say the rules were used.
/// </summary>
public sealed class LlmMeetingExtractor(IChatClient chat, ExtractionOptions extraction, LlmExtractionOptions options) : IMeetingExtractor
{
    public bool RunsInBackground => true;

    private readonly RuleExtractor _rules = new(extraction);
    private readonly ChineseTimeResolver _time = new(extraction.Time);

    public async Task<ExtractionOutcome> ExtractAsync(string text, IReadOnlyList<Unit> roster, DateOnly reference, CancellationToken ct)
    {
        try
        {
            var answers = new List<ModelAnswer>();
            var pieces = SectionSplitter.Split(text, options.MaxCharsPerCall);
            for (var i = 0; i < pieces.Count; i++) answers.Add(await AskAsync(pieces[i], roster, reference, i + 1, pieces.Count, ct));
            var model = Merge(text, answers, new RosterNames(roster), reference);
            return new ExtractionOutcome(RuleMerge.Merge(text, model, _rules.Extract(text, roster, reference)), ByRules: false);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The reason is for the log and the tests; the card only says plainly that the rules were used.
            return new ExtractionOutcome(_rules.Extract(text, roster, reference), ByRules: true, FallbackReason: Reason(e));
        }
    }

    private async Task<ModelAnswer> AskAsync(string piece, IReadOnlyList<Unit> roster, DateOnly reference, int part, int parts, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.CallTimeout);
        var response = await chat.GetResponseAsync(ExtractionPrompt.Messages(piece, roster, reference, part, parts),
            new ChatOptions { ResponseFormat = ExtractionPrompt.Format, Temperature = 0 }, timeout.Token);
        if (response.FinishReason == ChatFinishReason.Length) throw new InvalidModelAnswerException("truncated (length)");
        if (response.FinishReason == ChatFinishReason.ContentFilter) throw new InvalidModelAnswerException("refused (content filter)");
        return ModelAnswer.Parse(response.Text);
    }

    private ExtractionResult Merge(string text, List<ModelAnswer> answers, RosterNames roster, DateOnly reference)
    {
        var header = MeetingHeader.Read(text);
        var first = answers.Select(a => a.Meeting).FirstOrDefault(m => m.Title is not null);
        var meeting = new MeetingInfo
        {
            Title = header.Title ?? first?.Title,
            Date = header.Date ?? (DateOnly.TryParseExact(first?.Date, "yyyy-MM-dd", out var d) ? d : null),
            Speaker = header.Speaker ?? first?.Speaker,
        };
        var from = meeting.Date ?? reference;
        var relays = new Dictionary<string, ExtractedRelay>();
        var directives = new Dictionary<string, ExtractedDirective>();
        foreach (var answer in answers)
        {
            foreach (var r in answer.Relay)
            {
                var source = SourceCheck.Verbatim(text, r.Source, string.Join("", r.Forms) + r.Source);
                if (source is null || relays.ContainsKey(source)) continue;
                // Relay units are not edited in review, so only roster units (or "*") are kept.
                var units = r.Units.Select(u => IsAll(u) ? RosterNames.AllUnits : roster.Find(u)?.Name).OfType<string>().Distinct().ToList();
                if (units.Count == 0) continue;
                var due = Deadline(r.DeadlineText, from);
                relays[source] = new ExtractedRelay
                {
                    Units = units,
                    Forms = r.Forms, DeadlineText = r.DeadlineText, Due = due.Date, Source = source,
                };
            }
            foreach (var m in answer.Directives)
            {
                // Merged by source: two pieces (or two answers) naming the same sentence are one directive.
                var source = SourceCheck.Verbatim(text, m.Source, m.Task);
                if (source is null || directives.ContainsKey(source)) continue;
                directives[source] = Directive(m, source, roster, from);
            }
        }
        return new ExtractionResult
        {
            Meeting = meeting,
            Relay = relays.Values.OrderBy(r => text.IndexOf(r.Source, StringComparison.Ordinal)).ToList(),
            Directives = directives.Values.OrderBy(x => text.IndexOf(x.Source, StringComparison.Ordinal)).ToList(),
        };
    }

    private ExtractedDirective Directive(ModelDirective m, string source, RosterNames roster, DateOnly from)
    {
        var owners = m.Owners.Select(o => IsAll(o) ? RosterNames.AllUnits : roster.Canonical(o)).Distinct().ToList();
        var d = new ExtractedDirective
        {
            Task = m.Task.Trim(),
            Owners = owners,
            Assisting = m.Assisting.Select(roster.Canonical).Distinct().Where(a => !owners.Contains(a)).ToList(),
            Source = source,
        };
        // Dates are the resolver's, never the model's: "X月底前" stays a question for the reviewer.
        var deadline = Deadline(m.DeadlineText, from);
        d.DeadlineText = m.DeadlineText;
        d.Due = deadline.Date;
        if (deadline.Kind == TimeKind.Ongoing) d.NeedsReview.Add("ongoing");
        else if (m.DeadlineText is not null && deadline.Date is null) d.NeedsReview.Add("needs-date");
        roster.Reflag(d);
        return d;
    }

    private TimeResolution Deadline(string? written, DateOnly from) =>
        string.IsNullOrWhiteSpace(written) ? TimeResolution.None : _time.Resolve(written, from);

    private static bool IsAll(string unit) => unit is "*" or "局属各单位" or "各单位" or "全局各单位" or "各科室" or "all units";

    private static string Reason(Exception e) => e switch
    {
        OperationCanceledException or TimeoutException => "timeout",
        InvalidModelAnswerException i => i.Message,
        HttpRequestException h => "transport: " + h.Message,
        _ => e.GetType().Name + ": " + e.Message,
    };
}
