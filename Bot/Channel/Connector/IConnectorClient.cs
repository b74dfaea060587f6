using ChatBot.Bot.Channel.Schema;

namespace ChatBot.Bot.Channel.Connector;

/// <summary>The Bot Connector REST API (articles/rest-api/bot-framework-rest-connector-api-reference.md).</summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct);
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct);
    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct);
    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct);
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct);
    /// <summary>GET /v3/conversations/{id}/members/{memberId}: one account (with email and UPN); null when Teams does not know it (404).</summary>
    Task<TeamsChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken ct);
    Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken ct);
}
