namespace ChatBot.Bot.Channel.Schema;

/// <summary>What the bot needs to message a conversation later (proactive messages).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? Locale { get; set; }

    /// <summary>
    /// Where to reach the conversation of <paramref name="incoming"/> later. Without the activity's id: a
    /// proactive message replies to nothing, and a reference that changes with every message would have
    /// to be stored again on every turn.
    /// </summary>
    public static ConversationReference From(Activity incoming) => new()
    {
        User = incoming.From,
        Bot = incoming.Recipient,
        Conversation = incoming.Conversation,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Locale = incoming.Locale,
    };
}
