using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Items;

public enum ExtensionDecision
{
    Pending = 0,
    Approved = 1,
    Refused = 2,
}

/// <summary>
/// One 延期申请 and its answer: the date asked for, the reason and progress the unit gave, the deadline
/// it was asked against, who decided and why. Kept for the item's history; a new request after a
/// refusal is a new record.
/// </summary>
public sealed class ExtensionRecord
{
    public string Id { get; set; } = "";
    public string AssignmentId { get; set; } = "";
    public int Number { get; set; }
    public string UnitId { get; set; } = "";
    /// <summary>The deadline when the unit asked (null: the item had no date).</summary>
    public DateOnly? FromDue { get; set; }
    public DateOnly ToDue { get; set; }
    public string Reason { get; set; } = "";
    public string Progress { get; set; } = "";
    public string RequestedBy { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public ExtensionDecision Decision { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    /// <summary>Why it was refused (required then); an approval may carry none.</summary>
    public string? DecisionReason { get; set; }
}

/// <summary>What the extension feature asks of its repository, beyond plain reads and writes.</summary>
public static class ExtensionRecords
{
    /// <summary>The request awaiting a decision, if any (there is at most one per item).</summary>
    public static ExtensionRecord? Pending(this IExtensionRequests requests, string assignmentId) =>
        requests.For(assignmentId).LastOrDefault(r => r.Decision == ExtensionDecision.Pending);

    public static void Decide(this IExtensionRequests requests, ExtensionRecord record, ExtensionDecision decision, string by, DateTimeOffset at, string? reason)
    {
        record.Decision = decision;
        record.DecidedBy = by;
        record.DecidedAt = at;
        record.DecisionReason = reason;
        requests.Update(record);
    }
}
