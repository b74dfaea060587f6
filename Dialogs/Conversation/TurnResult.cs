using System.Text.Json.Nodes;

namespace ChatBot.Dialogs.Conversation;

/// <summary>What a turn produced: replies into the same conversation, and messages for other people.</summary>
public sealed class TurnResult
{
    public List<Reply> Replies { get; } = [];
    /// <summary>For card actions answered synchronously (Universal Actions): the refreshed card.</summary>
    public JsonObject? CardResponse { get; set; }
    public List<ProactiveMessage> Proactive { get; } = [];
    /// <summary>Files for one member (a workbook, a printed form); the channel decides how they travel.</summary>
    public List<OutgoingFile> Files { get; } = [];

    public TurnResult Say(string text) { Replies.Add(new Reply(text, null)); return this; }
    public TurnResult Show(JsonObject card, string? text = null) { Replies.Add(new Reply(text, card)); return this; }

    public TurnResult Send(OutgoingFile file) { Files.Add(file); return this; }

    public static TurnResult Of(string text) => new TurnResult().Say(text);
}

/// <summary>
/// A file made for one member. Dialogs only says who gets which bytes under which name; the channel
/// delivers it (Teams: a file consent card in the member's 1:1 chat, then an upload to their OneDrive).
/// </summary>
/// <param name="Description">One line shown with the offer, in the member's language.</param>
public sealed record OutgoingFile(string MemberId, string Name, byte[] Content, string Description);

/// <summary>A message: text (markdown), an Adaptive Card, or both.</summary>
public sealed record Reply(string? Text, JsonObject? Card);

/// <summary>
/// A message to someone who did not write this turn: a member (1:1) or a conversation (channel).
/// <paramref name="IdempotencyKey"/> makes it go out once however often it is produced. With an
/// <paramref name="UpdateKey"/>, a later message with the same key replaces the earlier one in place
/// (the channel's status card, updated as units respond).
/// </summary>
public sealed record ProactiveMessage(string IdempotencyKey, string? MemberId, string? ConversationId, Reply Message, string? UpdateKey = null)
{
    /// <summary>For updates: the store version the content was read at; an older snapshot never replaces a newer one.</summary>
    public long? Version { get; init; }

    /// <summary>Already queued for delivery in the transaction of the change it announces (see <see cref="TurnNotices"/>).</summary>
    public bool Recorded { get; init; }

    /// <summary>
    /// About its moment only (a reminder): when it cannot be delivered then, it is kept as unreachable and not
    /// resent when the person is back — the next reminder carries the state of that day.
    /// </summary>
    public bool Perishable { get; init; }

    public static ProactiveMessage ToMember(string key, string memberId, Reply message) => new(key, memberId, null, message);
    public static ProactiveMessage ToConversation(string key, string conversationId, Reply message, string? updateKey = null) =>
        new(key, null, conversationId, message, updateKey);
}
