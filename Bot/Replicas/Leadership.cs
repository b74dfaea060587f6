using System.Collections.Concurrent;
using ChatBot.Bot.Storage;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Replicas;

/// <summary>
/// One replica at a time does what must not run twice: the reminder scheduler (<see cref="Reminders"/>) and the
/// outbox sender (<see cref="Outbox"/>: one sender keeps the in-process Teams rate limiters true for the whole
/// bot). Each is a named lease in the store (<see cref="ILeases"/>), taken by whoever finds it free or expired
/// and renewed every third of <c>Replica:LeaseSeconds</c>; a replica that dies stops renewing and another takes
/// over within a lease. A replica that cannot renew in time (store unreachable, the process stalled) stops
/// acting as leader once its own view of the lease has run out, before another can have taken it.
/// Timing uses the real clock, never the bureau's <see cref="TimeProvider"/> (simulated in tests).
/// </summary>
public sealed class Leadership(IStore store, ReplicaIdentity identity, IOptions<ReplicaOptions> options, ILogger<Leadership> log)
    : BackgroundService
{
    public const string Reminders = "reminder-scheduler";
    public const string Outbox = "outbox-sender";

    private readonly TimeSpan _lease = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
    private readonly ConcurrentDictionary<string, State> _states = new(StringComparer.Ordinal);

    private sealed class State
    {
        public readonly Lock Gate = new();
        // Environment.TickCount64 (ms): when the last attempt was made and until when we may act on its answer.
        public long CheckedAt = long.MinValue / 2;
        public long HeldUntil = long.MinValue / 2;
        public bool Held;
    }

    /// <summary>Raised (on the renewing thread) when this replica has just become the holder of a lease.</summary>
    public event Action<string>? Acquired;

    public string Holder => identity.Holder;

    /// <summary><c>Replica:LeaseSeconds</c> in milliseconds.</summary>
    public long LeaseMilliseconds => (long)_lease.TotalMilliseconds;

    /// <summary>The leases this replica has asked for, and whether it holds each now (health page).</summary>
    public IReadOnlyDictionary<string, bool> Held() =>
        _states.Keys.Order(StringComparer.Ordinal).ToDictionary(n => n, Holds, StringComparer.Ordinal);

    /// <summary>
    /// True while this replica holds <paramref name="name"/>. The first question for a name tries to take it at
    /// once; later ones answer from memory and renew when a third of the lease has passed.
    /// </summary>
    public bool Holds(string name)
    {
        var state = _states.GetOrAdd(name, _ => new State());
        var now = Environment.TickCount64;
        if (now - Volatile.Read(ref state.CheckedAt) >= RenewEveryMs) Renew(name, state);
        return state.Held && Environment.TickCount64 < Volatile.Read(ref state.HeldUntil);
    }

    private long RenewEveryMs => (long)(_lease.TotalMilliseconds / 3);

    private void Renew(string name, State state)
    {
        lock (state.Gate)
        {
            var started = Environment.TickCount64;
            if (started - state.CheckedAt < RenewEveryMs) return;
            bool held;
            try
            {
                held = store.Get<ILeases>().TryAcquire(name, identity.Holder, _lease);
            }
            catch (Exception e)
            {
                // Keep what we had until our own view of the lease runs out; then Holds answers false.
                log.LogWarning(e, "Replica {Holder}: could not renew the lease {Lease}", identity.Holder, name);
                state.CheckedAt = started;
                return;
            }
            var was = state.Held;
            state.Held = held;
            // Counted from before the write: the store's expiry can only be later than this.
            if (held) Volatile.Write(ref state.HeldUntil, started + (long)_lease.TotalMilliseconds);
            Volatile.Write(ref state.CheckedAt, started);
            if (held && !was)
            {
                log.LogInformation("Replica {Holder} now runs {Lease}", identity.Holder, name);
                try { Acquired?.Invoke(name); }
                catch (Exception e) { log.LogError(e, "A listener of {Lease} failed", name); }
            }
            else if (!held && was) log.LogWarning("Replica {Holder} lost {Lease} to another replica", identity.Holder, name);
        }
    }

    /// <summary>Who holds <paramref name="name"/> now, from the store (health page, tests).</summary>
    public Lease? Current(string name) => store.Get<ILeases>().Current(name);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Renews the leases asked for so far even when their users sleep longer than a lease (a scheduler tick
        // of a minute), and lets a standby notice a dead leader's lease within a third of it.
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(200, RenewEveryMs / 2)));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                foreach (var name in _states.Keys) Holds(name);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    /// <summary>Asks for <paramref name="name"/> from now on (a component that runs only on the leader).</summary>
    public void Contend(string name) => Holds(name);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // A graceful stop hands the work over at once instead of after a lease.
        foreach (var (name, state) in _states)
        {
            if (!state.Held) continue;
            state.Held = false;
            try { store.Get<ILeases>().Release(name, identity.Holder); }
            catch (Exception e) { log.LogWarning(e, "Replica {Holder}: could not release {Lease}", identity.Holder, name); }
        }
    }
}
