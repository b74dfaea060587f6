namespace ChatBot.Bot.Storage;

/// <summary>
/// The claim on an inbound activity's turn across the processes that share a store, so a redelivery that
/// reaches another replica while the turn runs (or after it ended) has no second effect. Whether the
/// activity is done is still read from <see cref="IProcessedActivityRepository"/>, after claiming.
/// Obtain it with <c>store.Get&lt;IActivityClaims&gt;()</c>.
/// </summary>
public interface IActivityClaims
{
    /// <summary>
    /// Claims <paramref name="key"/> for <paramref name="holder"/> for <paramref name="lease"/> (the store's clock).
    /// </summary>
    ActivityClaim TryClaim(string key, string holder, TimeSpan lease);

    /// <summary>Drops the holder's claim (the turn's end committed, or it was abandoned).</summary>
    void Release(string key, string holder);
}

public enum ActivityClaim
{
    /// <summary>The store is opened by this process alone (LiteDB's lock file): its memory is the claim, nothing shared to take.</summary>
    Exclusive,
    /// <summary>Nobody held it: this holder does now.</summary>
    Claimed,
    /// <summary>Another holder's claim had expired (its process died mid-turn): this holder took it over.</summary>
    TakenOver,
    /// <summary>Another live process is running the turn.</summary>
    HeldElsewhere,
}
