namespace ChatBot.Dialogs.Storage;

/// <summary>An intake review as stored: the draft as JSON under its own id, owner and expiry.</summary>
public sealed class IntakeDraftRecord
{
    public string Id { get; set; } = "";
    public string ReviewerId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    /// <summary>The review's own expiry.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
    /// <summary>Kept this long after expiry, so a late touch can be told the review expired.</summary>
    public DateTimeOffset KeepUntil { get; set; }
    public string Data { get; set; } = "";
}

/// <summary>Intake reviews being edited before 确认下发.</summary>
public interface IIntakeDraftRepository
{
    IntakeDraftRecord? Get(string id);
    void Put(IntakeDraftRecord draft);
    void Delete(string id);
}
