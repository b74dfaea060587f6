namespace ChatBot.Dialogs.Domain;

/// <summary>
/// A question the bot is waiting on a member to answer in one conversation (slot filling, a
/// confirmation, "which item?"), with an expiry. One per kind: asking one never replaces another.
/// Long-lived work (an intake review) is not kept here but in its own collection; its question only
/// points at it.
/// </summary>
public sealed class PendingState
{
    /// <summary>conversation id + member id + kind.</summary>
    public string Id { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string MemberId { get; set; } = "";
    public string Kind { get; set; } = "";
    /// <summary>The feature's own serialised state.</summary>
    public string Data { get; set; } = "";
    /// <summary>When it was last asked: the newest question hears a typed answer first.</summary>
    public DateTimeOffset SetAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    public static string KeyFor(string conversationId, string memberId, string kind) => $"{conversationId}|{memberId}|{kind}";
}
