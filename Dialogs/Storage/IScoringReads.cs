using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage;

/// <summary>
/// The bulk reads behind the monthly figures (Features/Scoring): each answers one indexed query, so a
/// bulletin for hundreds of units costs a handful of reads, not one per unit.
/// </summary>
public interface IScoringReads
{
    /// <summary>Items of any status whose deadline falls in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    IReadOnlyList<Assignment> ItemsDueBetween(DateOnly from, DateOnly to);
    /// <summary>Items not closed whose deadline is before <paramref name="day"/>.</summary>
    IReadOnlyList<Assignment> OpenDueBefore(DateOnly day);
    /// <summary>The items with these ids (missing ids are skipped).</summary>
    IReadOnlyList<Assignment> ItemsWithIds(IReadOnlyCollection<string> ids);
    /// <summary>Audit entries written at or after <paramref name="from"/>, in the order they were written.</summary>
    IReadOnlyList<AuditEntry> AuditSince(DateTimeOffset from);
    /// <summary>The relay confirmations of these meetings.</summary>
    IReadOnlyList<RelayConfirmation> ConfirmationsOf(IReadOnlyCollection<string> meetingIds);
}
