using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Items;

public enum CheckOffDecision
{
    Pending = 0,
    Approved = 1,
    SentBack = 2,
}

/// <summary>
/// One 销号 request and the office's decision: the note and evidence the unit gave, the reason it was
/// sent back. Kept for the ledger and the item's history; a new request after a send-back is a new record.
/// </summary>
public sealed class CheckOffRecord
{
    public string Id { get; set; } = "";
    public string AssignmentId { get; set; } = "";
    public int Number { get; set; }
    public string UnitId { get; set; } = "";
    public string Note { get; set; } = "";
    public List<EvidenceFile> Evidence { get; set; } = [];
    public string RequestedBy { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public CheckOffDecision Decision { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? Reason { get; set; }
}

public static class CheckOffRecords
{
    public static IReadOnlyList<CheckOffRecord> For(IStoreSession store, string assignmentId) => store.CheckOffs.For(assignmentId);

    /// <summary>The request awaiting the office, if any.</summary>
    public static CheckOffRecord? Pending(IStoreSession store, string assignmentId) =>
        For(store, assignmentId).LastOrDefault(r => r.Decision == CheckOffDecision.Pending);
}
