using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;

namespace ChatBot.Bot.Tests.Outbox;

/// <summary>
/// Lets the real call reach the service, then never returns: the process "dies" after the
/// connector accepted the message and before the outbox could mark it sent.
/// </summary>
public sealed class CrashAfterSendConnector(IConnectorClient inner) : IConnectorClient
{
    private static readonly TaskCompletionSource Never = new();
    private int _calls;

    /// <summary>Completes once a call has been accepted by the service.</summary>
    public TaskCompletionSource Accepted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct)
    {
        await inner.SendToConversationAsync(serviceUrl, conversationId, activity, ct);
        return await Die<ResourceResponse>(ct);
    }

    public async Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        await inner.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, ct);
        return await Die<ResourceResponse>(ct);
    }

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        inner.ReplyToActivityAsync(serviceUrl, conversationId, activityId, activity, ct);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct) =>
        inner.DeleteActivityAsync(serviceUrl, conversationId, activityId, ct);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct) =>
        inner.CreateConversationAsync(serviceUrl, parameters, ct);

    public Task<TeamsChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken ct) =>
        inner.GetMemberAsync(serviceUrl, conversationId, memberId, ct);

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken ct) =>
        inner.GetPagedMembersAsync(serviceUrl, conversationId, pageSize, continuationToken, ct);

    // The process "dies" here: the call never returns, until the host shuts down and cancels it.
    private async Task<T> Die<T>(CancellationToken ct)
    {
        Interlocked.Increment(ref _calls);
        Accepted.TrySetResult();
        await Never.Task.WaitAsync(ct);
        throw new InvalidOperationException("unreachable");
    }
}
