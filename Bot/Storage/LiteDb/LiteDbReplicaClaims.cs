using ChatBot.Bot.Outbox;
using ChatBot.Dialogs.Storage.LiteDb;
using LiteDB;

namespace ChatBot.Bot.Storage.LiteDb;

// A LiteDB file is opened by one process at a time (its lock file), so between processes there is nothing
// to share: the leases live in the process beside the open store (not in the file, so `store copy` and a
// restart carry none), the claims are the process's own.

internal sealed class LiteDbLeases(LiteDbCollections c) : ILeases
{
    // Per open store: several "replicas" in one process (tests) contend for the same names.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LiteDbCollections, Dictionary<string, Lease>> ByStore = new();

    private Dictionary<string, Lease> Leases => ByStore.GetOrCreateValue(c);

    public bool TryAcquire(string name, string holder, TimeSpan duration)
    {
        var leases = Leases;
        lock (leases)
        {
            var now = DateTimeOffset.UtcNow;
            if (leases.TryGetValue(name, out var current) && current.Holder != holder && current.ExpiresAt > now) return false;
            leases[name] = new Lease { Id = name, Holder = holder, ExpiresAt = now + duration };
            return true;
        }
    }

    public void Release(string name, string holder)
    {
        var leases = Leases;
        lock (leases)
            if (leases.TryGetValue(name, out var current) && current.Holder == holder) leases.Remove(name);
    }

    public Lease? Current(string name)
    {
        var leases = Leases;
        lock (leases) return leases.TryGetValue(name, out var lease) && lease.ExpiresAt > DateTimeOffset.UtcNow ? lease : null;
    }
}

internal sealed class LiteDbOutboxClaims(LiteDbCollections c) : IOutboxClaims
{
    private ILiteCollection<OutboxMessage> Messages => c.Collection<OutboxMessage>(LiteDbOutbox.CollectionName);

    // Inside the caller's transaction LiteDB holds the file's write lock: nobody else can take them meanwhile.
    public IReadOnlySet<string> Lock(IReadOnlyCollection<string> ids) =>
        ids.Where(id => Messages.FindById(id) is { Status: OutboxStatus.Pending }).ToHashSet(StringComparer.Ordinal);

    // One process per file: a message Sending under another holder was left by a process that is gone.
    public IReadOnlyList<OutboxMessage> Abandoned(string holder) =>
        Messages.Find(m => m.Status == OutboxStatus.Sending).Where(m => m.ClaimedBy != holder).ToList();
}

internal sealed class LiteDbActivityClaims : IActivityClaims
{
    public ActivityClaim TryClaim(string key, string holder, TimeSpan lease) => ActivityClaim.Exclusive;
    public void Release(string key, string holder) { }
}
