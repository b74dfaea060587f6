using ChatBot.Bot.Outbox;
using ChatBot.Dialogs.Storage.PostgreSql;

namespace ChatBot.Bot.Storage.PostgreSql;

internal sealed class PgOutbox(PostgreSqlStore store) : IOutboxRepository
{
    private readonly PgDocuments<OutboxMessage> _messages = store.Documents(BotPostgreSqlRepositories.Outbox);

    public OutboxMessage? Get(string key) => _messages.Get(key);
    public void Add(OutboxMessage message) => _messages.Insert(message);
    public void Update(OutboxMessage message) => _messages.Update(message);
    public void Delete(string key) => _messages.Delete(key);

    public IReadOnlyList<OutboxMessage> Due(DateTimeOffset now, int max) => _messages.Query("WHERE due_at <= $1 ORDER BY due_at, id LIMIT $2", now, max);
    public DateTimeOffset? NextDueAt() => _messages.Query("WHERE due_at IS NOT NULL ORDER BY due_at, id LIMIT 1").FirstOrDefault()?.DueAt;
    public IReadOnlyList<OutboxMessage> WithStatus(OutboxStatus status) => _messages.Where("status = $1", status);
    public int Count(OutboxStatus status) => _messages.Count("status = $1", status);
    public IReadOnlyList<OutboxMessage> Failed(int max) => _messages.Query("WHERE status = 'Failed' ORDER BY updated_at DESC, id LIMIT $1", max);
    public IReadOnlyList<OutboxMessage> FailedTo(string memberId) => _messages.Where("member_id = $1 AND status = 'Failed'", memberId);
    public IReadOnlyList<OutboxMessage> FailedToConversation(string conversationId) =>
        _messages.Where("conversation_id = $1 AND member_id IS NULL AND status = 'Failed'", conversationId);

    public DateTimeOffset? OldestUnsent() =>
        _messages.Query("WHERE status IN ('Pending', 'Sending') ORDER BY created_at, id LIMIT 1").FirstOrDefault()?.CreatedAt;

    public IReadOnlyList<OutboxMessage> WithKeyPrefix(string prefix) => _messages.Where("starts_with(id, $1)", prefix);
    public int DeletePendingUpdatesOf(string firstKey) => _messages.DeleteWhere("update_of_key = $1 AND status = 'Pending'", firstKey);

    public IReadOnlySet<string> UpdatedSince(DateTimeOffset since) =>
        _messages.Values<string>("DISTINCT update_of_key", "WHERE update_of_key IS NOT NULL AND created_at >= $1", since).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<string> SentBefore(DateTimeOffset cutoff) => _messages.Values<string>("id", "WHERE status = 'Sent' AND sent_at < $1 ORDER BY id", cutoff);
    public bool HasUpdatesOf(string firstKey) => _messages.Exists("update_of_key = $1", firstKey);
}
