namespace ChatBot.Dialogs.Domain;

/// <summary>
/// Where to reach a member or a channel later (a conversation reference). The channel layer fills
/// <see cref="Reference"/> with its own serialised form; Dialogs treats it as opaque.
/// </summary>
public sealed class ConversationAddress
{
    /// <summary>"member:{memberId}" for a 1:1 chat, "conversation:{id}" for a channel or group chat.</summary>
    public string Id { get; set; } = "";
    public string? MemberId { get; set; }
    public string ConversationId { get; set; } = "";
    public string ConversationType { get; set; } = "personal";
    public string ChannelId { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    /// <summary>
    /// The channel vouched for <see cref="ServiceUrl"/> (it arrived on an authenticated activity), so the bot
    /// may call it again after a restart without waiting for the person to write first.
    /// </summary>
    public bool ServiceUrlTrusted { get; set; }
    public string? TenantId { get; set; }
    /// <summary>
    /// When the app was uninstalled from this chat or the bot removed from it (or Teams answered 403): nothing
    /// is sent here until it is installed again. Null while the address is good.
    /// </summary>
    public DateTimeOffset? RemovedAt { get; set; }
    /// <summary>
    /// When the bot last installed the app again through Graph after a removal. Kept across a later 403 (the
    /// person blocked it), so the bot reinstalls once, not once per message; a fresh address from the person clears it.
    /// </summary>
    public DateTimeOffset? ReinstalledAt { get; set; }
    public string Reference { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }

    public static string ForMember(string memberId) => $"member:{memberId}";
    public static string ForConversation(string conversationId) => $"conversation:{conversationId}";
}
