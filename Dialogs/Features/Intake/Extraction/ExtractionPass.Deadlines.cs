using System.Text.RegularExpressions;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>Which of a clause's times is its deadline.</summary>
internal sealed partial class ExtractionPass
{
    /// <summary>
    /// The clause's deadline among the times written in it: one marked as a limit ("…前", "…内", "…底") wins over
    /// a bare period ("本年度出台的制度"), or a vague "尽快"; the last such wins. A period during which a policy
    /// applies or something is permitted ("2027年1月1日至12月31日，困难企业可…", "…至…，将补贴条件放宽至…")
    /// is the policy's window, not a deadline. Beside a one-off date, a recurring time ("…12月20日前完成，每周五前报进展")
    /// is the reporting cadence (read apart, Understanding/Cadence), not the deadline; alone, its next occurrence is.
    /// </summary>
    private static TimeResolution? ChooseDeadline(string clauseText, IReadOnlyList<TimeResolution> found)
    {
        if (found.Count == 0) return null;
        if (found.Where(d => !Recurring(clauseText, d)).ToList() is { Count: > 0 } once) found = once;
        var chosen = found.LastOrDefault(d => Limit().IsMatch(d.Text)) ?? found[^1];
        if (Range().IsMatch(chosen.Text) && !Limit().IsMatch(chosen.Text) && PolicyWindow().IsMatch(Masking.Mask(clauseText))) return null;
        return chosen;
    }

    /// <summary>"每周五前", "每月底前": the time as written, or right after 每 (每个) in the clause.</summary>
    private static bool Recurring(string clauseText, TimeResolution d) =>
        d.Text.StartsWith('每') || clauseText.Contains("每" + d.Text, StringComparison.Ordinal) || clauseText.Contains("每个" + d.Text, StringComparison.Ordinal);

    [GeneratedRegex(@"(?:前|之前|以前|内|之内|底|末|截止|为止)$")]
    private static partial Regex Limit();

    [GeneratedRegex(@"至|到|—|－|-|~|～")]
    private static partial Regex Range();

    /// <summary>A clause stating what a policy allows or changes, not work to be done by a date.</summary>
    [GeneratedRegex(@"(?<![不许认])可(?![能持靠控行])|允许|放宽|返还|给予|减免|免征|补贴|享受|申领|延长|暂停|执行[^，。；]{0,6}(?:政策|标准)")]
    private static partial Regex PolicyWindow();
}
