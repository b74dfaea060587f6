using ChatBot.Bot.Channel;
using ChatBot.Bot.Replicas;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Scheduling;

/// <summary>
/// Every <see cref="ReminderSchedulerOptions.TickSeconds"/> (on the injected clock): asks the policy what
/// is due and, in one store transaction, records each reminder in the sent log and enqueues its messages in
/// the outbox. A key already recorded (an earlier pass, another process before a restart) is skipped, so
/// the same (item, stage, day) never goes out twice. A failed pass is logged; the next tick goes on.
/// With several replicas on one store only the holder of the <see cref="Leadership.Reminders"/> lease runs
/// passes (the sent log would stop a second one anyway; the lease saves the work and keeps one log line).
/// </summary>
public sealed class ReminderScheduler(
    IStore store,
    ReminderPolicy policy,
    ProactiveDelivery delivery,
    ConversationReferences references,
    ReminderSchedulerOptions options,
    BureauLanguage bureau,
    TimeProvider time,
    ILogger<ReminderScheduler> log,
    Leadership? leadership = null) : BackgroundService
{
    private readonly SemaphoreSlim _pass = new(1, 1);
    private DateOnly? _prunedOn;
    private int _completedPasses;

    /// <summary>Passes that ran to the end (successfully or not); lets tests wait for the background loop.</summary>
    public int CompletedPasses => Volatile.Read(ref _completedPasses);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        await Task.Yield(); // do not hold up host start
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.TickSeconds));
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (leadership is null || leadership.Holds(Leadership.Reminders)) await RunOnceAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { break; }
            catch (Exception ex) { log.LogError(ex, "Reminder pass failed; the next tick tries again"); }
            try { await Task.Delay(interval, time, ct); }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>One pass at the clock's current instant; returns how many messages were enqueued.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await _pass.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            PruneOncePerDay(now);
            var due = policy.Due(now, store.ReadSnapshot());
            if (due.Count == 0) return 0;
            var texts = ReminderTexts.For(bureau.Default);
            var enqueued = store.Write(s =>
            {
                var messages = new List<ProactiveMessage>();
                foreach (var d in due)
                {
                    if (!s.TryRecordSent(d, now)) continue;
                    s.RecordNoise(d, now);
                    messages.AddRange(Messages(s, d));
                    log.LogInformation("Reminder {Key} to {Count} recipient(s): {Summary}", d.Key, d.RecipientMemberIds.Count, texts.Summary(d));
                }
                // ProactiveDelivery's own Write joins this transaction: sent log and outbox commit together.
                delivery.Deliver(messages);
                return messages.Count;
            });
            return enqueued;
        }
        finally
        {
            Interlocked.Increment(ref _completedPasses);
            _pass.Release();
        }
    }

    /// <summary>A reminder's messages: 1:1 in each recipient's own language, in a channel in the bureau's.</summary>
    private IEnumerable<ProactiveMessage> Messages(IStoreSession s, ReminderDue due)
    {
        var cards = new Dictionary<Lang, Reply>();
        Reply In(Lang lang) => cards.TryGetValue(lang, out var made) ? made : cards[lang] = new Reply(null, ReminderCards.Build(due, ReminderTexts.For(lang)));
        if (due.Kind == ReminderKind.Digest && options.DigestConversationId is { Length: > 0 } channel)
        {
            if (references.ForConversation(channel) is not null)
                return [ProactiveMessage.ToConversation($"{due.Key}:{channel}", channel, In(bureau.Default)) with { Perishable = true }];
            log.LogWarning("Reminders:DigestConversationId {Conversation} is not a conversation the bot is in; the digest goes to office members", channel);
        }
        // Perishable: a reminder that finds the app removed is recorded as unreachable, not resent on reinstall.
        // Its own update key: 稍后提醒 or an answer to a report ask replaces the card in place.
        return due.RecipientMemberIds.Select(id => ProactiveMessage.ToMember($"{due.Key}:{id}", id, In(MemberLanguage.Of(s, id, bureau.Default)))
            with { Perishable = true, UpdateKey = due.Subject is null ? null : ReminderCards.UpdateKey(due.Key, id) }).ToList();
    }

    private void PruneOncePerDay(DateTimeOffset now)
    {
        var today = policy.LocalDay(now);
        if (_prunedOn == today) return;
        var removed = store.PruneSentBefore(today.AddDays(-options.SentLogRetentionDays));
        _prunedOn = today;
        if (removed > 0) log.LogInformation("Pruned {Count} sent-reminder entries older than {Days} days", removed, options.SentLogRetentionDays);
    }

    public override void Dispose()
    {
        _pass.Dispose();
        base.Dispose();
    }
}
