using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage;

/// <summary>What scoring reads of an item: no task text, no assignees.</summary>
/// <param name="PassedDown">转派'd from another item (<see cref="Assignment.ParentId"/>): its parent is the one scored.</param>
public sealed record ScoredItem(string Id, int Number, string UnitId, DateOnly? Due, AssignmentStatus Status, DateTimeOffset CreatedAt, bool PassedDown = false)
{
    public bool IsOpen => Status != AssignmentStatus.Closed;
}

/// <summary>What scoring reads of an audit entry.</summary>
public sealed record AuditMark(string EntityType, string EntityId, string Action, DateTimeOffset At);

/// <summary>
/// The bulk reads behind the monthly figures (Features/Scoring): each answers one indexed query with
/// small rows, so a bulletin for hundreds of units costs a handful of reads, not one per unit.
/// </summary>
public interface IScoringReads
{
    /// <summary>Items of any status whose deadline falls in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    IReadOnlyList<ScoredItem> ItemsDueBetween(DateOnly from, DateOnly to);
    /// <summary>Items not closed whose deadline is before <paramref name="day"/>.</summary>
    IReadOnlyList<ScoredItem> OpenDueBefore(DateOnly day);
    /// <summary>The items with these ids (missing ids are skipped).</summary>
    IReadOnlyList<ScoredItem> ItemsWithIds(IReadOnlyCollection<string> ids);
    /// <summary>Audit entries with one of these actions written at or after <paramref name="from"/>, in the order they were written.</summary>
    IReadOnlyList<AuditMark> AuditSince(DateTimeOffset from, IReadOnlyCollection<string> actions);
    /// <summary>The relay confirmations of these meetings.</summary>
    IReadOnlyList<RelayConfirmation> ConfirmationsOf(IReadOnlyCollection<string> meetingIds);
}
