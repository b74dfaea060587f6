using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Intake.Extraction.Relay;

/// <summary>A relay requirement found in the text, with the span it was read from.</summary>
internal sealed record RelayDraft(ExtractedRelay Relay, TextSpan Span);

/// <summary>
/// Reads the requirements that subordinate bodies relay the meeting's or document's spirit (传达会议精神),
/// at most one per sentence, each with its units, meeting forms, deadline and exact source.
/// </summary>
internal sealed class RelayReader(string text, OwnerReader owners, ChineseTimeResolver time, DateOnly reference)
{
    public List<RelayDraft> Read()
    {
        var found = new List<RelayDraft>();
        var lines = ClauseSegmenter.Lines(text);
        List<string>? carried = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0) continue;
            var planItem = ClauseSegmenter.EnumLevelAt(text, lines[i].Start) > 0;
            // The units of a lead ("会议要求各单位：") hold for its items, on its line and the numbered lines below.
            if (!planItem) carried = null;
            List<string>? previous = null;
            foreach (var sentence in ClauseSegmenter.Sentences(text, lines[i], i))
            {
                // "各单位要高度重视。要迅速召开…": a sentence without its own doer continues the one before.
                var bare = RelayCues.BareRequest().IsMatch(Masking.Mask(sentence.Span.Of(text)));
                if (RelayClause.Find(text, sentence.Span, planItem, owners, carried ?? (bare ? previous : null)) is { } clause)
                    found.Add(Draft(clause));
                previous = RelayClause.Asked(text, sentence.Span, owners) ?? (bare ? previous : null);
                carried = RelayClause.LeadUnits(text, sentence.Span, owners) ?? carried;
            }
        }
        return found;
    }

    private RelayDraft Draft(RelayClause clause)
    {
        var deadline = RelayDeadline.Read(clause, text, time, reference);
        return new RelayDraft(new ExtractedRelay
        {
            Units = clause.Units,
            Forms = MeetingForms.Read(clause.Span.Of(text)),
            DeadlineText = deadline?.Text,
            Due = deadline?.Date,
            Source = clause.Span.Of(text),
        }, clause.Span);
    }
}
