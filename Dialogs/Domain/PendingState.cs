namespace ChatBot.Dialogs.Domain;

/// <summary>A multi-turn exchange waiting for the user (slot filling, a confirmation), with an expiry.</summary>
public sealed class PendingState
{
    /// <summary>conversation id + member id.</summary>
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    /// <summary>The feature's own serialised state.</summary>
    public string Data { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }

    public static string KeyFor(string conversationId, string memberId) => $"{conversationId}|{memberId}";
}
