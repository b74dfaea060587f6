namespace ChatBot.Dialogs.Domain;

/// <summary>One state change, append-only (留痕).</summary>
public sealed class AuditEntry
{
    public string Id { get; set; } = "";
    /// <summary>Order of writing; entries of one turn share a timestamp.</summary>
    public int Seq { get; set; }
    /// <summary>"assignment", "meeting", "relay", "member", "unit"…</summary>
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string Action { get; set; } = "";
    public string? From { get; set; }
    public string? To { get; set; }
    public string ActorMemberId { get; set; } = "";
    /// <summary>代理: the member the actor stood in for (the change needed that person's role); null when acting for oneself.</summary>
    public string? OnBehalfOf { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The incoming activity that caused the change, when there was one.</summary>
    public string? ActivityId { get; set; }
}
