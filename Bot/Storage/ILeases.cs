namespace ChatBot.Bot.Storage;

/// <summary>
/// Named leases the replicas on one store share: a lease is held by one holder until it expires, and only
/// its holder renews or releases it. Time is the store's own clock (the database's <c>now()</c>), never the
/// bureau's: leases are between processes, and a test's simulated clock must not make them expire.
/// Obtain it with <c>store.Get&lt;ILeases&gt;()</c>.
/// </summary>
public interface ILeases
{
    /// <summary>
    /// Takes the lease <paramref name="name"/> for <paramref name="holder"/> for <paramref name="duration"/> when it is
    /// free, expired or already the holder's (a renewal). True when <paramref name="holder"/> holds it afterwards.
    /// </summary>
    bool TryAcquire(string name, string holder, TimeSpan duration);

    /// <summary>Gives the lease up at once (a graceful stop), so another replica need not wait for it to expire.</summary>
    void Release(string name, string holder);

    /// <summary>The lease's current holder and expiry, or null when nobody holds it (health, tests).</summary>
    Lease? Current(string name);
}

/// <summary>A named lease: who holds it, until when (the store's clock).</summary>
public sealed class Lease
{
    public string Id { get; set; } = "";
    public string Holder { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }
}
