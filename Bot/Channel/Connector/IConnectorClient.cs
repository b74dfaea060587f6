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
    Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken ct);
}

/// <summary>A connector call the service refused; <see cref="StatusCode"/> tells retryable from permanent.</summary>
public sealed class ConnectorException(int statusCode, string message) : Exception(message)
{
    /// <param name="retryAfter">The service's Retry-After, when it sent one (429/503).</param>
    public ConnectorException(int statusCode, string message, TimeSpan? retryAfter) : this(statusCode, message) =>
        RetryAfter = retryAfter;

    public int StatusCode { get; } = statusCode;

    /// <summary>How long the service asked us to wait before trying again, if it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
