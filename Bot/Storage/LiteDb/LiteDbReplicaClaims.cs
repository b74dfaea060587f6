using ChatBot.Bot.Outbox;
using ChatBot.Dialogs.Storage.LiteDb;
using LiteDB;

namespace ChatBot.Bot.Storage.LiteDb;

// A LiteDB file is opened by one process at a time (its lock file), so between processes there is nothing
// to share: the leases are real rows (so a lease survives a restart and shows who held it), the claims are
// the process's own.

internal sealed class LiteDbLeases(LiteDbCollections c) : ILeases
{
    // One process per file; within it, a read and its upsert must not interleave with another replica object's.
    private static readonly Lock Gate = new();

    private ILiteCollection<Lease> Leases => c.Collection<Lease>("leases");

    public bool TryAcquire(string name, string holder, TimeSpan duration)
    {
        lock (Gate) return Take(name, holder, duration);
    }

    private bool Take(string name, string holder, TimeSpan duration)
    {
        var now = DateTimeOffset.UtcNow;
        var current = Leases.FindById(name);
        if (current is not null && current.Holder != holder && current.ExpiresAt > now) return false;
        Leases.Upsert(new Lease { Id = name, Holder = holder, ExpiresAt = now + duration });
        return true;
    }

    public void Release(string name, string holder)
    {
        lock (Gate)
            if (Leases.FindById(name) is { } current && current.Holder == holder) Leases.Delete(name);
    }

    public Lease? Current(string name) =>
        Leases.FindById(name) is { } lease && lease.ExpiresAt > DateTimeOffset.UtcNow ? lease : null;
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
