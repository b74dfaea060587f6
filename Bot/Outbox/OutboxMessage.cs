namespace ChatBot.Bot.Outbox;

/// <summary>
/// One outgoing activity in the durable outbox (collection "outbox" of the task store).
/// <see cref="Id"/> is the idempotency key, so the same intent can be queued only once.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Idempotency key, e.g. "dispatch:{meetingId}:{memberId}" or "reminder:{assignmentId}:{stage}:{yyyy-MM-dd}".</summary>
    public string Id { get; set; } = "";
    public string? TenantId { get; set; }
    public string? ServiceUrl { get; set; }
    /// <summary>Null until a member target has been resolved to its 1:1 conversation.</summary>
    public string? ConversationId { get; set; }
    public string? MemberId { get; set; }
    /// <summary>The activity as wire JSON (BotJson), so the outbox stores exactly what will be sent.</summary>
    public string ActivityJson { get; set; } = "";
    /// <summary>When set, the message replaces this existing activity in place (PUT) instead of posting a new one.</summary>
    public string? UpdateActivityId { get; set; }
    /// <summary>Update the activity sent under this key (its id is known only once that one is sent).</summary>
    public string? UpdateOfKey { get; set; }
    /// <summary>Deterministic id written into the activity so every attempt of this key carries the same id.</summary>
    public string ClientActivityId { get; set; } = "";
    /// <summary>
    /// A reminder: if it could not reach the person (app removed), it stays failed as a record and is not resent
    /// when they come back — the reminder of the next day says how things stand then.
    /// </summary>
    public bool Perishable { get; set; }

    public OutboxStatus Status { get; set; }
    public string? FailureReason { get; set; }
    /// <summary>Set when the message failed for good; null on rows stored before it existed.</summary>
    public FailureKind? FailureKind { get; set; }
    /// <summary>HTTP status of the last refusal (0 for a network error or timeout).</summary>
    public int? LastStatusCode { get; set; }
    public int Attempts { get; set; }
    /// <summary>Attempts cut short by a crash while the call was in flight (outcome unknown, re-sent).</summary>
    public int InterruptedAttempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    /// <summary>Equals <see cref="NextAttemptAt"/> while Pending, null otherwise: the index the dispatcher scans.</summary>
    public DateTimeOffset? DueAt { get; set; }
    public string? SentActivityId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SendingSince { get; set; }
    /// <summary>The replica (Bot/Replicas, <c>ReplicaIdentity.Holder</c>) that marked it Sending.</summary>
    public string? ClaimedBy { get; set; }
    /// <summary>
    /// Until when that claim holds on a store several replicas share (the sender's clock): past it, with the
    /// message still Sending, the sender is taken for dead and another replica sends it again with the same
    /// client activity id.
    /// </summary>
    public DateTimeOffset? ClaimExpiresAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The thread the per-conversation rate limits apply to.</summary>
    public string ConversationKey => ConversationId ?? $"member:{MemberId}";

    /// <summary>A member without a known conversation costs one extra call (create conversation).</summary>
    public bool NeedsConversation => ConversationId is null;
}
