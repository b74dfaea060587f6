using System.Security.Cryptography;
using System.Text;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Storage;
using ChatBot.Dialogs.Storage;
using JsonSerializer = System.Text.Json.JsonSerializer;

namespace ChatBot.Bot.Outbox;

/// <summary>
/// The durable outbox: <see cref="IOutboxRepository"/> in the task store. Callers record the
/// intent to send here (inside or next to their own store change); <see cref="OutboxDispatcher"/>
/// delivers it. Every state change is one store transaction.
/// </summary>
public sealed class Outbox
{
    private readonly IStore _store;
    private readonly TimeProvider _time;

    public Outbox(IStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Raised after a new message is stored, so the dispatcher wakes without polling.</summary>
    public event Action? Enqueued;

    /// <summary>
    /// Raised after a message's outcome is stored: sent, or failed for good (not for a retry scheduled).
    /// Handlers run on the sender's thread after the write committed; one that throws is not the send's failure.
    /// </summary>
    public event Action<OutboxMessage>? Settled;

    private void OnSettled(OutboxMessage m)
    {
        try { Settled?.Invoke(m); }
        catch (Exception) { /* a listener's problem (e.g. a report that could not be queued) never undoes a send */ }
    }

    private IOutboxRepository Messages => _store.Get<IOutboxRepository>();

    /// <summary>
    /// Queues <paramref name="activity"/> for <paramref name="target"/> under the idempotency key
    /// <paramref name="key"/>. A second call with the same key changes nothing and returns false:
    /// the intent is recorded exactly once, whatever the caller retries.
    /// </summary>
    /// <param name="updateActivityId">Replace this already-sent activity in place (PUT) instead of posting a new one.</param>
    /// <param name="notBefore">Do not send before this instant (defaults to now).</param>
    public bool Enqueue(string key, OutboxTarget target, Activity activity, string? updateActivityId = null, DateTimeOffset? notBefore = null) =>
        Enqueue([new OutboxItem(key, target, activity, updateActivityId, notBefore)]) == 1;

    /// <summary>
    /// Queues a whole fan-out (every member of a meeting's dispatch) in one transaction: all of it is
    /// recorded or none. Keys already queued are skipped. Returns how many were new.
    /// </summary>
    public int Enqueue(IEnumerable<OutboxItem> items)
    {
        var added = _store.Write(s => Insert(s, items));
        if (added > 0) Enqueued?.Invoke();
        return added;
    }

    /// <summary>
    /// Same, inside a transaction the caller already opened with <c>IStore.Write</c>, so the
    /// intent to send commits together with the change that caused it (a dispatch, a status change).
    /// The dispatcher sees the messages once that transaction commits (at the latest after
    /// Outbox:IdlePollInterval).
    /// </summary>
    public int EnqueueWithin(IStoreSession transaction, IEnumerable<OutboxItem> items)
    {
        var added = Insert(transaction, items);
        if (added > 0) Enqueued?.Invoke();
        return added;
    }

    private int Insert(IStoreSession s, IEnumerable<OutboxItem> items)
    {
        var now = _time.GetUtcNow();
        var collection = s.Get<IOutboxRepository>();
        var count = 0;
        foreach (var item in items)
        {
            var m = Build(item, now);
            if (collection.Get(m.Id) is not null) continue;
            collection.Add(m);
            count++;
        }
        return count;
    }

    private static OutboxMessage Build(OutboxItem item, DateTimeOffset now)
    {
        var (key, target, activity, updateActivityId, notBefore, updateOfKey, perishable) = item;
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (target.ConversationId is null && target.MemberId is null)
            throw new ArgumentException($"The target of {key} needs a conversation id or a member id.", nameof(item));
        var clientId = ClientActivityIdFor(key);
        // Every attempt carries the same id (see OutboxDispatcher on crashes between "sent" and "marked").
        var callersId = activity.Id;
        activity.Id = clientId;
        var json = JsonSerializer.Serialize(activity, BotJson.Options);
        activity.Id = callersId;
        var due = notBefore is { } nb && nb > now ? nb : now;
        return new OutboxMessage
        {
            Id = key,
            TenantId = target.TenantId ?? activity.TenantId,
            ServiceUrl = target.ServiceUrl,
            ConversationId = target.ConversationId,
            MemberId = target.MemberId,
            ActivityJson = json,
            UpdateActivityId = updateActivityId,
            UpdateOfKey = updateOfKey,
            ClientActivityId = clientId,
            Perishable = perishable,
            Status = OutboxStatus.Pending,
            NextAttemptAt = due,
            DueAt = due,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    public OutboxMessage? Find(string key) => Messages.Get(key);

    /// <summary>Messages Teams refused for good, newest first, with the reason — for the office view.</summary>
    public IReadOnlyList<OutboxMessage> Failures(int max = 200) =>
        Messages.Failed(max);

    /// <summary>Puts a failed message back in the queue (after the office fixed the cause, e.g. installed the app).</summary>
    public bool Retry(string key) => _store.Write(s =>
    {
        var messages = s.Get<IOutboxRepository>();
        var m = messages.Get(key);
        if (m is null || m.Status != OutboxStatus.Failed) return false;
        var now = _time.GetUtcNow();
        m.Status = OutboxStatus.Pending;
        m.Attempts = 0;
        m.FailureReason = null;
        m.FailureKind = null;
        m.NextAttemptAt = now;
        m.DueAt = now;
        m.UpdatedAt = now;
        messages.Update(m);
        return true;
    }) && Notify();

    /// <summary>
    /// A member became reachable (installed the app, wrote to the bot): everything that could not be
    /// delivered to them goes back in the queue, except perishable reminders. Returns how many.
    /// </summary>
    public int RetryUndeliveredTo(string memberId)
    {
        var keys = Messages.FailedTo(memberId).Where(m => !m.Perishable).Select(m => m.Id).ToList();
        return keys.Count(Retry);
    }

    /// <summary>
    /// Forgets messages Teams accepted before <paramref name="cutoff"/> (Storage:RetentionDays), and the status
    /// cards nobody has updated since. The first post of a card that was updated after the cutoff is kept, so
    /// its next update still replaces it in place. Pending and failed messages are never pruned: they are work
    /// still to do, or the office's to see. Returns (messages, cards) removed.
    /// </summary>
    public (int Messages, int Cards) PruneSent(DateTimeOffset cutoff) => _store.Write(s =>
    {
        var messages = s.Get<IOutboxRepository>();
        var updatedLately = messages.UpdatedSince(cutoff);
        var old = messages.SentBefore(cutoff).Where(id => !updatedLately.Contains(id)).ToList();
        foreach (var id in old) messages.Delete(id);

        // A card whose first post is gone can no longer be updated in place; the next update posts anew.
        var cards = s.Get<IPostedCardRepository>();
        var orphaned = cards.All().Where(c => messages.Get(c.FirstKey) is null && !messages.HasUpdatesOf(c.FirstKey)).Select(c => c.Id).ToList();
        foreach (var id in orphaned) cards.Delete(id);
        return (old.Count, orphaned.Count);
    });

    /// <summary>The bot is back in a channel or group chat: what could not be delivered there goes back in the queue.</summary>
    public int RetryUndeliveredToConversation(string conversationId)
    {
        var keys = Messages.FailedToConversation(conversationId).Where(m => !m.Perishable).Select(m => m.Id).ToList();
        return keys.Count(Retry);
    }

    /// <summary>When the oldest message not yet sent was queued (health page: a growing age means delivery is stuck).</summary>
    public DateTimeOffset? OldestUnsent() => Messages.OldestUnsent();

    public OutboxCounts Counts() => new(
        Messages.Count(OutboxStatus.Pending),
        Messages.Count(OutboxStatus.Sending),
        Messages.Count(OutboxStatus.Sent),
        Messages.Count(OutboxStatus.Failed));

    /// <summary>Pending messages whose time has come, oldest due first.</summary>
    internal List<OutboxMessage> Due(DateTimeOffset now, int max) => Messages.Due(now, max).ToList();

    /// <summary>When the next pending message becomes due, or null when none is pending.</summary>
    internal DateTimeOffset? NextDueAt() => Messages.NextDueAt();

    /// <summary>
    /// Records, before any call leaves, that these messages are being sent by <paramref name="holder"/> until
    /// <paramref name="claimUntil"/>. On a store several replicas share, a message another sender claimed or
    /// settled since it was read is skipped (<see cref="IOutboxClaims.Lock"/>). Returns the messages claimed.
    /// </summary>
    internal IReadOnlyList<OutboxMessage> MarkSending(IReadOnlyCollection<OutboxMessage> batch, string holder, DateTimeOffset claimUntil)
    {
        var now = _time.GetUtcNow();
        return _store.Write(s =>
        {
            var messages = s.Get<IOutboxRepository>();
            var free = s.Get<IOutboxClaims>().Lock(batch.Select(m => m.Id).ToList());
            var claimed = new List<OutboxMessage>(batch.Count);
            foreach (var m in batch)
            {
                if (!free.Contains(m.Id)) continue;
                m.Status = OutboxStatus.Sending;
                m.Attempts++;
                m.DueAt = null;
                m.SendingSince = now;
                m.ClaimedBy = holder;
                m.ClaimExpiresAt = claimUntil;
                m.UpdatedAt = now;
                messages.Update(m);
                claimed.Add(m);
            }
            return claimed;
        });
    }

    /// <inheritdoc cref="MarkSending(IReadOnlyCollection{OutboxMessage}, string, DateTimeOffset)"/>
    internal IReadOnlyList<OutboxMessage> MarkSending(IReadOnlyCollection<OutboxMessage> batch) =>
        MarkSending(batch, Replicas.ReplicaIdentity.Local.Holder, DateTimeOffset.MaxValue);

    internal void MarkSent(OutboxMessage m, string? activityId)
    {
        Change(m, now =>
        {
            m.Status = OutboxStatus.Sent;
            m.SentActivityId = activityId;
            m.SentAt = now;
            m.DueAt = null;
            m.FailureReason = null;
            m.FailureKind = null;
        });
        OnSettled(m);
    }

    internal void ScheduleRetry(OutboxMessage m, DateTimeOffset at, int? statusCode, string reason) => Change(m, _ =>
    {
        m.Status = OutboxStatus.Pending;
        m.NextAttemptAt = at;
        m.DueAt = at;
        m.LastStatusCode = statusCode;
        m.FailureReason = reason;
    });

    internal void MarkFailed(OutboxMessage m, int? statusCode, string reason, FailureKind kind = FailureKind.Other)
    {
        Change(m, _ =>
        {
            m.Status = OutboxStatus.Failed;
            m.DueAt = null;
            m.LastStatusCode = statusCode;
            m.FailureReason = reason;
            m.FailureKind = kind;
        });
        OnSettled(m);
    }

    /// <summary>
    /// Pushes a pending message back without spending an attempt (its conversation is throttled) — only while it
    /// is still pending: another replica that led for a moment may have claimed or sent it since this copy was
    /// read, and writing the copy back would queue it again.
    /// </summary>
    internal void Defer(OutboxMessage m, DateTimeOffset at)
    {
        var now = _time.GetUtcNow();
        _store.Write(s =>
        {
            if (!s.Get<IOutboxClaims>().Lock([m.Id]).Contains(m.Id)) return;
            m.NextAttemptAt = at;
            m.DueAt = at;
            m.UpdatedAt = now;
            s.Get<IOutboxRepository>().Update(m);
        });
    }

    /// <summary>An update whose original is not sent yet: back in the queue, the attempt not counted.</summary>
    internal void Wait(OutboxMessage m, DateTimeOffset at) => Change(m, _ =>
    {
        m.Status = OutboxStatus.Pending;
        m.Attempts = Math.Max(0, m.Attempts - 1);
        m.NextAttemptAt = at;
        m.DueAt = at;
    });

    /// <summary>Remembers the 1:1 conversation a member target resolved to, so a retry does not create it again.</summary>
    internal void RecordConversation(OutboxMessage m, string serviceUrl, string conversationId) => Change(m, _ =>
    {
        m.ServiceUrl = serviceUrl;
        m.ConversationId = conversationId;
    });

    /// <summary>
    /// Messages left in Sending by a sender that is gone — this process before a crash, or another replica
    /// whose claim ran out — go back to Pending, counted as interrupted, and are re-sent with the same client
    /// activity id. <paramref name="holder"/>'s own messages in flight are not touched.
    /// </summary>
    internal int RecoverInterrupted(string holder)
    {
        var now = _time.GetUtcNow();
        var recovered = _store.Write(s =>
        {
            var messages = s.Get<IOutboxRepository>();
            var stuck = s.Get<IOutboxClaims>().Abandoned(holder);
            foreach (var m in stuck)
            {
                m.Status = OutboxStatus.Pending;
                m.InterruptedAttempts++;
                m.ClaimedBy = null;
                m.ClaimExpiresAt = null;
                m.NextAttemptAt = now;
                m.DueAt = now;
                m.UpdatedAt = now;
                messages.Update(m);
            }
            return stuck.Count;
        });
        if (recovered > 0) Enqueued?.Invoke();
        return recovered;
    }

    /// <summary>A stable id derived from the key: the same intent always carries the same id.</summary>
    public static string ClientActivityIdFor(string key) =>
        "outbox-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];

    private void Change(OutboxMessage m, Action<DateTimeOffset> apply)
    {
        var now = _time.GetUtcNow();
        apply(now);
        m.UpdatedAt = now;
        _store.Write(s => s.Get<IOutboxRepository>().Update(m));
    }

    private bool Notify()
    {
        Enqueued?.Invoke();
        return true;
    }
}
