using ChatBot.Bot.Channel;
using ChatBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Scheduling;

/// <summary>
/// Keeps the store from growing for ever, on the injected clock: every Storage:PruneIntervalMinutes it
/// forgets inbound activity ids older than the dedupe window, and sent outbox messages and idle status-card
/// snapshots older than Storage:RetentionDays. The audit log, the directives and anything still to be
/// sent are never pruned (sent-reminder keys are pruned by the reminder scheduler).
/// </summary>
public sealed class StoreRetention(
    ActivityDedupe dedupe,
    Outbox.Outbox outbox,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<StoreRetention> log,
    Channel.Files.FileOffers? files = null) : BackgroundService
{
    public sealed record Pruned(int ActivityIds, int Messages, int Cards);

    private int _passes;

    /// <summary>Passes completed; lets tests wait for the background loop.</summary>
    public int Passes => Volatile.Read(ref _passes);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        await Task.Yield(); // do not hold up host start
        var interval = TimeSpan.FromMinutes(options.Value.PruneIntervalMinutes);
        while (!ct.IsCancellationRequested)
        {
            try { RunOnce(); }
            catch (Exception e) { log.LogError(e, "Pruning the store failed; the next pass tries again"); }
            try { await Task.Delay(interval, time, ct); }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>One pass at the clock's current instant.</summary>
    public Pruned RunOnce()
    {
        try
        {
            var ids = dedupe.Prune();
            var (messages, cards) = outbox.PruneSent(time.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays));
            var offers = files?.Prune() ?? 0;
            if (offers > 0) log.LogInformation("Pruned {Offers} file offers older than a day", offers);
            var pruned = new Pruned(ids, messages, cards);
            if (messages + cards > 0 || ids > 0)
                log.LogInformation("Pruned {Ids} activity ids, {Messages} sent messages, {Cards} idle status cards", ids, messages, cards);
            return pruned;
        }
        finally
        {
            Interlocked.Increment(ref _passes);
        }
    }
}
