namespace ChatBot.Bot.Outbox;

/// <summary>
/// Who receives a queued message: a known conversation (channel, group chat or an existing 1:1), or a
/// member whose 1:1 conversation is looked up — or created — only when the message is sent.
/// </summary>
public sealed record OutboxTarget(string? TenantId, string? ServiceUrl, string? ConversationId, string? MemberId)
{
    public static OutboxTarget Conversation(string? tenantId, string serviceUrl, string conversationId) =>
        new(tenantId, serviceUrl, conversationId, null);

    /// <param name="serviceUrl">Optional; the member's stored address (or the default service URL) is used otherwise.</param>
    public static OutboxTarget Member(string? tenantId, string memberId, string? serviceUrl = null) =>
        new(tenantId, serviceUrl, null, memberId);
}
