using ChatBot.Dialogs.Features.Intake.Extraction;

namespace ChatBot.Dialogs.Features.Intake.Llm;

/// <summary>
/// The model's extraction and the rules' are joined by where their sources sit in the text. Where the
/// two cover the same words the model's reading stands (it may correct the task, owners or deadline),
/// and what it left empty is taken from the rules; an item only the model found is added; an item only
/// the rules found is kept and marked 待确认, so the two disagreeing is a question for the reviewer and
/// never a silent loss. Every source is the text's own words, from either side.
/// </summary>
public static class RuleMerge
{
    public static ExtractionResult Merge(string text, ExtractionResult model, ExtractionResult rules)
    {
        var directives = new List<(int At, ExtractedDirective Item)>();
        var modelSpans = model.Directives.Select(d => (Span: Span(text, d.Source), Item: d)).ToList();
        foreach (var (span, item) in modelSpans)
        {
            var rule = rules.Directives.FirstOrDefault(r => Overlaps(Span(text, r.Source), span));
            if (rule is not null) Fill(item, rule);
            directives.Add((span.Start, item));
        }
        foreach (var rule in rules.Directives)
        {
            var span = Span(text, rule.Source);
            if (modelSpans.Any(m => Overlaps(m.Span, span))) continue;
            if (!rule.NeedsReview.Contains(ReviewCodes.Unsure)) rule.NeedsReview.Add(ReviewCodes.Unsure);
            directives.Add((span.Start, rule));
        }

        var relay = model.Relay.Select(r => (Span(text, r.Source).Start, r)).ToList();
        foreach (var rule in rules.Relay)
        {
            var span = Span(text, rule.Source);
            if (!model.Relay.Any(m => Overlaps(Span(text, m.Source), span))) relay.Add((span.Start, rule));
        }

        return new ExtractionResult
        {
            Meeting = new MeetingInfo
            {
                Title = model.Meeting.Title ?? rules.Meeting.Title,
                Date = model.Meeting.Date ?? rules.Meeting.Date,
                Speaker = model.Meeting.Speaker ?? rules.Meeting.Speaker,
            },
            Relay = relay.OrderBy(r => r.Item1).Select(r => r.Item2).ToList(),
            Directives = directives.OrderBy(d => d.At).Select(d => d.Item).ToList(),
        };
    }

    private readonly record struct TextRange(int Start, int End);

    private static TextRange Span(string text, string source)
    {
        var at = source.Length == 0 ? -1 : text.IndexOf(source, StringComparison.Ordinal);
        return at < 0 ? new TextRange(int.MaxValue, int.MaxValue) : new TextRange(at, at + source.Length);
    }

    private static bool Overlaps(TextRange a, TextRange b) => a.Start < b.End && b.Start < a.End;

    /// <summary>What the model left out of an item the rules read too.</summary>
    private static void Fill(ExtractedDirective item, ExtractedDirective rule)
    {
        if (item.Owners.Count == 0 && rule.Owners.Count > 0)
        {
            item.Owners.AddRange(rule.Owners);
            item.NeedsReview.Remove("no-owner");
            item.NeedsReview.AddRange(rule.NeedsReview.Where(c => c.StartsWith("unknown-owner:") || c.StartsWith("person-owner:")));
        }
        if (item.Assisting.Count == 0) item.Assisting.AddRange(rule.Assisting.Where(a => !item.Owners.Contains(a)));
        if (item.DeadlineText is null && rule.DeadlineText is not null)
        {
            item.DeadlineText = rule.DeadlineText;
            item.Due = rule.Due;
            item.NeedsReview.Remove("needs-date");
            item.NeedsReview.AddRange(rule.NeedsReview.Where(c => c is "needs-date" or "ongoing"));
        }
    }
}
