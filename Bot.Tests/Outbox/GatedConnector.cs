using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;

namespace ChatBot.Bot.Tests.Outbox;

/// <summary>Holds every send until the test opens the gate, so a call can be caught in flight.</summary>
public sealed class GatedConnector(IConnectorClient inner) : IConnectorClient
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct)
    {
        Entered.TrySetResult();
        await Gate.Task.WaitAsync(ct);
        return await inner.SendToConversationAsync(serviceUrl, conversationId, activity, ct);
    }

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        inner.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, ct);

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
}
