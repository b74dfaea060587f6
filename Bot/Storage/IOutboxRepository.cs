using ChatBot.Bot.Outbox;

namespace ChatBot.Bot.Storage;

/// <summary>The durable outbox's messages, keyed by their idempotency key. Obtain it with <c>store.Get&lt;IOutboxRepository&gt;()</c>.</summary>
public interface IOutboxRepository
{
    OutboxMessage? Get(string key);
    void Add(OutboxMessage message);
    void Update(OutboxMessage message);
    void Delete(string key);

    /// <summary>Pending messages due by <paramref name="now"/>, oldest due first.</summary>
    IReadOnlyList<OutboxMessage> Due(DateTimeOffset now, int max);
    /// <summary>When the next pending message becomes due; null when none is pending.</summary>
    DateTimeOffset? NextDueAt();
    IReadOnlyList<OutboxMessage> WithStatus(OutboxStatus status);
    int Count(OutboxStatus status);
    /// <summary>Messages failed for good, newest first.</summary>
    IReadOnlyList<OutboxMessage> Failed(int max);
    /// <summary>Failed messages for the member's 1:1 chat.</summary>
    IReadOnlyList<OutboxMessage> FailedTo(string memberId);
    /// <summary>Failed messages for a conversation itself (not for a member in it).</summary>
    IReadOnlyList<OutboxMessage> FailedToConversation(string conversationId);
    /// <summary>When the oldest message not yet sent (pending or sending) was queued.</summary>
    DateTimeOffset? OldestUnsent();
    /// <summary>Messages whose key starts with <paramref name="prefix"/> (a meeting's dispatch notices).</summary>
    IReadOnlyList<OutboxMessage> WithKeyPrefix(string prefix);

    /// <summary>Drops the still-pending updates of the message <paramref name="firstKey"/> (a newer one replaces them).</summary>
    int DeletePendingUpdatesOf(string firstKey);
    /// <summary>The keys updated by a message queued at or after <paramref name="since"/>.</summary>
    IReadOnlySet<string> UpdatedSince(DateTimeOffset since);
    /// <summary>Keys of messages sent before <paramref name="cutoff"/>.</summary>
    IReadOnlyList<string> SentBefore(DateTimeOffset cutoff);
    /// <summary>True when some message updates <paramref name="firstKey"/>.</summary>
    bool HasUpdatesOf(string firstKey);
}
