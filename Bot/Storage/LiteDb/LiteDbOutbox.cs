using ChatBot.Bot.Outbox;
using ChatBot.Dialogs.Storage.LiteDb;
using LiteDB;

namespace ChatBot.Bot.Storage.LiteDb;

internal sealed class LiteDbOutbox(LiteDbCollections c) : IOutboxRepository
{
    public const string CollectionName = "outbox";

    private ILiteCollection<OutboxMessage> Messages => c.Collection<OutboxMessage>(CollectionName);

    public OutboxMessage? Get(string key) => Messages.FindById(key);
    public void Add(OutboxMessage message) => Messages.Insert(message);
    public void Update(OutboxMessage message) => Messages.Update(message);
    public void Delete(string key) => Messages.Delete(key);

    // DueAt is set only while a message is pending, so the index holds exactly the queue.
    public IReadOnlyList<OutboxMessage> Due(DateTimeOffset now, int max) =>
        Messages.Query()
            .Where(Query.Between(nameof(OutboxMessage.DueAt), new BsonValue(DateTime.MinValue), new BsonValue(now.UtcDateTime)))
            .Limit(max)
            .ToList();

    public DateTimeOffset? NextDueAt() =>
        Messages.Query()
            .Where(Query.Between(nameof(OutboxMessage.DueAt), new BsonValue(DateTime.MinValue), new BsonValue(DateTime.MaxValue)))
            .Limit(1)
            .ToList()
            .FirstOrDefault()?.DueAt;

    public IReadOnlyList<OutboxMessage> WithStatus(OutboxStatus status) => Messages.Find(m => m.Status == status).ToList();
    public int Count(OutboxStatus status) => Messages.Count(m => m.Status == status);

    public IReadOnlyList<OutboxMessage> Failed(int max) =>
        Messages.Query().Where(m => m.Status == OutboxStatus.Failed).OrderByDescending(m => m.UpdatedAt).Limit(max).ToList();

    public IReadOnlyList<OutboxMessage> FailedTo(string memberId) =>
        Messages.Find(m => m.MemberId == memberId && m.Status == OutboxStatus.Failed).ToList();

    public IReadOnlyList<OutboxMessage> FailedToConversation(string conversationId) =>
        Messages.Find(m => m.ConversationId == conversationId && m.MemberId == null && m.Status == OutboxStatus.Failed).ToList();

    public DateTimeOffset? OldestUnsent() =>
        Messages.Find(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending)
            .Select(m => (DateTimeOffset?)m.CreatedAt).Min();

    // A range scan of the primary key.
    public IReadOnlyList<OutboxMessage> WithKeyPrefix(string prefix) => Messages.Find(Query.StartsWith("_id", prefix)).ToList();

    public int DeletePendingUpdatesOf(string firstKey) =>
        Messages.DeleteMany(m => m.UpdateOfKey == firstKey && m.Status == OutboxStatus.Pending);

    public IReadOnlySet<string> UpdatedSince(DateTimeOffset since) =>
        Messages.Find(Query.And(Query.Not(nameof(OutboxMessage.UpdateOfKey), BsonValue.Null),
                Query.GTE(nameof(OutboxMessage.CreatedAt), new BsonValue(since.UtcDateTime))))
            .Select(m => m.UpdateOfKey!).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<string> SentBefore(DateTimeOffset cutoff) =>
        Messages.Find(Query.And(Query.EQ(nameof(OutboxMessage.Status), OutboxStatus.Sent.ToString()),
                Query.LT(nameof(OutboxMessage.SentAt), new BsonValue(cutoff.UtcDateTime))))
            .Select(m => m.Id).ToList();

    public bool HasUpdatesOf(string firstKey) => Messages.Exists(Query.EQ(nameof(OutboxMessage.UpdateOfKey), firstKey));
}
