using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Intake.Extraction.Relay;

/// <summary>
/// When the relay is due. The time stated with the request or the act counts ("要迅速召开…", "于11月30日前召开…");
/// then the time written before the request ("会后，…", "12月10日前，…"); a date beats a window ("会后3个工作日内":
/// the 3 days, not 会后). Only then a time after the act.
/// </summary>
internal static class RelayDeadline
{
    public static TimeResolution? Read(RelayClause clause, string text, ChineseTimeResolver time, DateOnly reference)
    {
        var found = time.FindDeadlines(clause.Span.Of(text), reference)
            .Where(d => d.Kind is not (TimeKind.None or TimeKind.Ongoing))
            .ToList();
        if (found.Count == 0) return null;
        var from = clause.Request.Start - clause.Span.Start;
        var to = Math.Max(clause.Request.End, clause.Act.End) - clause.Span.Start;
        var stated = found.Where(d => d.Index >= from && d.Index < to).ToList();
        if (stated.Count == 0) stated = found.Where(d => d.Index < from).ToList();
        if (stated.Count == 0) return found[0];
        return stated.FirstOrDefault(d => d.Kind is TimeKind.Date) ?? stated[0];
    }
}
