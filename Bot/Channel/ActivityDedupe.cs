using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Storage;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Channel;

/// <summary>
/// Channels redeliver an activity when our answer was slow or lost. An activity's turn is claimed in
/// memory while it runs here, and recorded durably as done in the one write that ends it (with its
/// replies queued in the outbox, or alone), so the same activity has one effect — and a turn cut off by
/// a crash or a stop left no "done" behind, so it runs again when Teams resends it after the restart.
/// No write is needed to start a turn: a store is opened by one process only (its lock file), so "is
/// it running?" is a question for this process's memory — and so is "was it handled?": the ids of the
/// store's records are loaded once and every mark this process commits is added, so a new activity
/// (nearly every one) costs no read. The store stays the truth; the index only mirrors what it holds
/// (about 100 bytes an id for the 24 h window).
/// Several replicas on one store (PostgreSQL): the memory of one replica is no longer the whole truth, so an
/// id this process has not seen is also claimed in the store (<see cref="IActivityClaims"/>: the first claimer
/// wins, a claim left by a dead replica expires after <c>Replica:TurnLeaseSeconds</c>) and only then is "done"
/// read — a redelivery to the other replica has one effect too. On LiteDB the claim answers "exclusive" and
/// nothing more is read.
/// </summary>
public sealed class ActivityDedupe(IStore store, TimeProvider time, Replicas.ReplicaIdentity? identity = null,
    Microsoft.Extensions.Options.IOptions<Replicas.ReplicaOptions>? replicaOptions = null)
{
    private readonly string _holder = (identity ?? Replicas.ReplicaIdentity.Local).Holder;
    private readonly TimeSpan _turnLease = TimeSpan.FromSeconds((replicaOptions?.Value ?? new Replicas.ReplicaOptions()).TurnLeaseSeconds);
    /// <summary>Keys this process claimed in the store (shared stores only), released with the turn.</summary>
    private readonly ConcurrentDictionary<string, byte> _sharedClaims = new(StringComparer.Ordinal);

    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>
    /// Turns running in this process, by key: claimed before the store is read, released after "done"
    /// commits. The task ends at the release, so a redelivery can wait for the turn it repeats.
    /// </summary>
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _claims = new(StringComparer.Ordinal);

    public sealed class Seen
    {
        public string Id { get; set; } = "";
        public DateTimeOffset At { get; set; }
        /// <summary>Only in records written by versions that marked a turn "running" in the store; null once done.</summary>
        public string? RunningIn { get; set; }
    }

    public enum Claim
    {
        /// <summary>First delivery: run the turn.</summary>
        New,
        /// <summary>A turn recorded as running by an older version of the bot that is gone: run it again.</summary>
        Interrupted,
        /// <summary>This process is running it now.</summary>
        Running,
        /// <summary>Another replica on the same store is running it now.</summary>
        RunningElsewhere,
        /// <summary>Handled; its replies were sent or queued.</summary>
        Done,
    }

    private static IProcessedActivityRepository Collection(IStoreSession s) => s.Get<IProcessedActivityRepository>();

    /// <summary>
    /// The ids the store holds, with when they were handled (true in the value: recorded as running by an
    /// older version). Complete: a key is added before the claim of its turn is released.
    /// </summary>
    private ConcurrentDictionary<string, (DateTimeOffset At, bool Running)> Handled => _handled.Value;
    private readonly Lazy<ConcurrentDictionary<string, (DateTimeOffset At, bool Running)>> _handled = new(() =>
        new(Collection(store).All().Select(r => KeyValuePair.Create(r.Id, (r.At, r.RunningIn is not null))), StringComparer.Ordinal));
    /// <summary>Keys marked inside a caller's write: added to the index at release, once that write has committed.</summary>
    private readonly ConcurrentDictionary<string, byte> _markedInWrite = new(StringComparer.Ordinal);

    /// <summary>The record's key; long ids are hashed so the key stays far below LiteDB's index limit.</summary>
    public static string? KeyOf(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Id)) return null;
        var key = $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";
        return Encoding.UTF8.GetByteCount(key) <= 200 ? key : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>
    /// Claims the activity for a turn in this process: one read, no write. Activities without an id are
    /// always new. A claim that returns <see cref="Claim.New"/> or <see cref="Claim.Interrupted"/> must be
    /// <see cref="Release"/>d once the turn's end is committed (or the turn is abandoned).
    /// </summary>
    public Claim TryBegin(Activity activity)
    {
        if (KeyOf(activity) is not { } key) return Claim.New;
        // Claim first, read second: a turn ending meanwhile commits "done" before it lets go of its claim.
        if (!_claims.TryAdd(key, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))) return Claim.Running;
        if (!Handled.TryGetValue(key, out var record)) return ClaimShared(activity, key);
        if (record.Running) return Claim.Interrupted;
        Release(activity);
        return Claim.Done;
    }

    /// <summary>An id this process has not seen: on a shared store, another replica may have (or be running it).</summary>
    private Claim ClaimShared(Activity activity, string key)
    {
        var claim = store.Get<IActivityClaims>().TryClaim(key, _holder, _turnLease);
        switch (claim)
        {
            case ActivityClaim.Exclusive:
                return Claim.New;
            case ActivityClaim.HeldElsewhere:
                if (_claims.TryRemove(key, out var mine)) mine.TrySetResult();
                return Claim.RunningElsewhere;
        }
        _sharedClaims[key] = 0;
        // Claimed first, read second: the other replica commits "done" before it lets go of its claim.
        if (Collection(store).Get(key) is { } done && done.RunningIn is null)
        {
            Handled[key] = (done.At, false);
            Release(activity);
            return Claim.Done;
        }
        return claim == ActivityClaim.TakenOver ? Claim.Interrupted : Claim.New;
    }

    /// <summary>Marks the activity handled; inside a caller's write it commits with the replies queued there.</summary>
    public void Complete(Activity activity)
    {
        if (KeyOf(activity) is not { } key) return;
        var done = new Seen { Id = key, At = time.GetUtcNow() };
        _markedInWrite[key] = 0;
        store.Write(s => Collection(s).Put(done));
    }

    /// <summary>
    /// Marks the activity handled on its own (a turn that queued nothing: its replies are the HTTP answer)
    /// and ends once that is durable. Marks of turns ending at the same moment share one transaction —
    /// a group commit: each mark is whole in it, and the write lock is taken once for all of them.
    /// </summary>
    public Task CompleteAsync(Activity activity)
    {
        if (KeyOf(activity) is not { } key) return Task.CompletedTask;
        var pending = new PendingMark(new Seen { Id = key, At = time.GetUtcNow() });
        _marks.Enqueue(pending);
        // No writer running: this caller writes what is queued (its own mark at least) on its own thread, and
        // its turn goes on without a hop to another thread and back; a writer already running takes the mark.
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0) WriteMarks(untilEmpty: false);
        return pending.Durable.Task;
    }

    private sealed record PendingMark(Seen Record)
    {
        public TaskCompletionSource Durable { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private readonly ConcurrentQueue<PendingMark> _marks = new();
    private int _writing;

    /// <summary>
    /// The one writer of grouped marks (it holds <see cref="_writing"/>): writes what has queued up, until
    /// nothing has — or, for a caller writing inline (<paramref name="untilEmpty"/> false), one batch, then
    /// hands what queued meanwhile to a pool thread, so a turn's answer never waits for later turns' marks.
    /// </summary>
    private void WriteMarks(bool untilEmpty)
    {
        while (true)
        {
            List<PendingMark> batch = [];
            while (batch.Count < 256 && _marks.TryDequeue(out var mark)) batch.Add(mark);
            if (batch.Count > 0)
            {
                WriteBatch(batch);
                if (untilEmpty || _marks.IsEmpty) continue;
                _ = Task.Run(() => WriteMarks(untilEmpty: true));
                return;
            }
            Volatile.Write(ref _writing, 0);
            // A mark queued after the last look and before the flag was cleared has no writer yet.
            if (_marks.IsEmpty || Interlocked.CompareExchange(ref _writing, 1, 0) != 0) return;
            if (untilEmpty) continue;
            _ = Task.Run(() => WriteMarks(untilEmpty: true));
            return;
        }
    }

    private void WriteBatch(List<PendingMark> batch)
    {
        try
        {
            store.Write(s =>
            {
                var seen = Collection(s);
                foreach (var mark in batch) seen.Put(mark.Record);
            });
            foreach (var mark in batch)
            {
                Handled[mark.Record.Id] = (mark.Record.At, false);
                mark.Durable.TrySetResult();
            }
        }
        catch (Exception e)
        {
            foreach (var mark in batch) mark.Durable.TrySetException(e);
        }
    }

    /// <summary>Lets go of this process's claim: after "done" committed, or when the turn was abandoned (it may run again).</summary>
    public void Release(Activity activity)
    {
        if (KeyOf(activity) is not { } key) return;
        // Marked in a caller's write: if that write committed, the index learns it before anyone may claim the id again.
        if (_markedInWrite.TryRemove(key, out _) && Collection(store).Get(key) is { } record)
            Handled[key] = (record.At, record.RunningIn is not null);
        if (_sharedClaims.TryRemove(key, out _)) store.Get<IActivityClaims>().Release(key, _holder);
        if (_claims.TryRemove(key, out var released)) released.TrySetResult();
    }

    /// <summary>Ends when this process's turn of the activity has ended (completed now when none runs).</summary>
    public Task WhenReleased(Activity activity) =>
        KeyOf(activity) is { } key && _claims.TryGetValue(key, out var running) ? running.Task : Task.CompletedTask;

    /// <summary>Forgets ids older than the window; called now and then so the collection stays small.</summary>
    public int Prune()
    {
        var cutoff = time.GetUtcNow() - Window;
        var removed = store.Write(s => Collection(s).PruneBefore(cutoff));
        // After the store: while both run, the index may hold more than the store, never less.
        foreach (var (key, record) in Handled)
            if (record.At < cutoff) Handled.TryRemove(key, out _);
        return removed;
    }
}
