using ChatBot.Dialogs.Storage;
using LiteDB;

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

/// <summary>All reads and writes of 退回 / 改派 records: the one place the feature touches the store's collection.</summary>
public static class ReassignRecords
{
    /// <summary>Listed in <see cref="TaskStore.Collections"/>; indexed on AssignmentId there.</summary>
    public const string CollectionName = "reassignments";

    private static ILiteCollection<ReassignRecord> Of(TaskStore store) => store.Collection<ReassignRecord>(CollectionName);

    public static IReadOnlyList<ReassignRecord> For(TaskStore store, string assignmentId) =>
        Of(store).Find(r => r.AssignmentId == assignmentId).OrderBy(r => r.RequestedAt).ToList();

    public static ReassignRecord? Pending(TaskStore store, string assignmentId) =>
        For(store, assignmentId).LastOrDefault(r => r.Decision == ReassignDecision.Pending);

    public static ReassignRecord? ById(TaskStore store, string id) => Of(store).FindById(id);

    public static void Add(TaskStore store, ReassignRecord record) => Of(store).Insert(record);

    public static void Decide(TaskStore store, ReassignRecord record, ReassignDecision decision, string by, DateTimeOffset at, string? toUnitId, string? note)
    {
        record.Decision = decision;
        record.DecidedBy = by;
        record.DecidedAt = at;
        record.ToUnitId = toUnitId;
        record.Note = note;
        Of(store).Update(record);
    }

    public static IReadOnlyList<ReassignRecord> All(TaskStore store) => Of(store).FindAll().OrderBy(r => r.Id).ToList();
}
