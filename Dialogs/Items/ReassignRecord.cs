using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Items;

public enum ReassignDecision
{
    Pending = 0,
    /// <summary>改派: the office gave the item to another unit.</summary>
    Reassigned = 1,
    /// <summary>The office kept the item with the unit, with an explanation.</summary>
    Kept = 2,
}

/// <summary>
/// One 退回 by a unit ("this is not ours") and the office's answer: reassigned to another unit, or kept
/// with an explanation. Kept for the item's history.
/// </summary>
public sealed class ReassignRecord
{
    public string Id { get; set; } = "";
    public string AssignmentId { get; set; } = "";
    public int Number { get; set; }
    public string FromUnitId { get; set; } = "";
    public string Reason { get; set; } = "";
    public string RequestedBy { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public ReassignDecision Decision { get; set; }
    public string? ToUnitId { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    /// <summary>The office's explanation when it keeps the item with the unit (required then).</summary>
    public string? Note { get; set; }
}

/// <summary>What the reassign feature asks of its repository, beyond plain reads and writes.</summary>
public static class ReassignRecords
{
    /// <summary>The send-back awaiting the office, if any (there is at most one per item).</summary>
    public static ReassignRecord? Pending(this IReassignRequests requests, string assignmentId) =>
        requests.For(assignmentId).LastOrDefault(r => r.Decision == ReassignDecision.Pending);

    public static void Decide(this IReassignRequests requests, ReassignRecord record, ReassignDecision decision, string by, DateTimeOffset at, string? toUnitId, string? note)
    {
        record.Decision = decision;
        record.DecidedBy = by;
        record.DecidedAt = at;
        record.ToUnitId = toUnitId;
        record.Note = note;
        requests.Update(record);
    }
}
