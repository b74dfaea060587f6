using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Outbox;

/// <summary>
/// Teams' throttling limits for one bot (TEAMS-NOTES (c)), partitioned by tenant and by conversation.
/// Only the dispatcher's single scheduling loop acquires, so "check the tenant, then take both"
/// cannot race.
/// </summary>
public sealed class TeamsRateLimits : IDisposable
{
    /// <summary>Send / create conversation, one bot in one thread: 7 per 1 s, 8 per 2 s, 60 per 30 s, 1800 per hour.</summary>
    public static readonly RateWindow[] PerConversation =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    private readonly PartitionedRateLimiter<string> _tenants;
    private readonly PartitionedRateLimiter<string> _tenantPace;
    private readonly PartitionedRateLimiter<string> _conversations;

    public TeamsRateLimits(TimeProvider time, IOptions<OutboxOptions> options)
    {
        var stretch = 1 + options.Value.RateHeadroom;
        var rate = options.Value.TenantRatePerSecond;
        var perTenant = new RateWindow(rate, TimeSpan.FromSeconds(stretch));
        var perConversation = PerConversation.Select(w => w with { Length = w.Length * stretch }).ToArray();
        _tenants = PartitionedRateLimiter.Create<string, string>(tenant =>
            RateLimitPartition.Get(tenant, _ => new SlidingLogRateLimiter(time, perTenant)));
        // The hard cap above is a sliding window: it hands each permit back exactly one window after
        // its use, so every late wake-up would lengthen the cycle. The pace (same average rate) is a
        // token bucket: calls go out evenly — bursts queue at the service, and queueing jitter is
        // what earns 429s — and what accrued during a late wake-up is kept, up to a fifth of a second.
        _tenantPace = PartitionedRateLimiter.Create<string, string>(tenant =>
            RateLimitPartition.Get(tenant, _ => new TokenBucketRateLimiter(time, rate / stretch, Math.Max(2, rate / 5))));
        _conversations = PartitionedRateLimiter.Create<string, string>(conversation =>
            RateLimitPartition.Get(conversation, _ => new SlidingLogRateLimiter(time, perConversation)));
    }

    /// <summary>
    /// Takes <paramref name="calls"/> permits from the conversation and the tenant, or none at all.
    /// On refusal, <paramref name="retryAfter"/> says when the blocking limit frees up and
    /// <paramref name="tenantBlocked"/> whether it was the tenant (then nothing else can go either).
    /// </summary>
    public bool TryAcquire(string tenant, string conversation, int calls, out TimeSpan retryAfter, out bool tenantBlocked)
    {
        retryAfter = TimeSpan.Zero;
        tenantBlocked = false;
        // Ask the tenant first without taking: a conversation permit taken and then not used would be lost.
        foreach (var limiter in new[] { _tenants, _tenantPace })
        {
            if ((limiter.GetStatistics(tenant)?.CurrentAvailablePermits ?? 0) >= calls) continue;
            tenantBlocked = true;
            retryAfter = WhenAvailable(limiter, tenant, calls);
            return false;
        }
        using var conversationLease = _conversations.AttemptAcquire(conversation, calls);
        if (!conversationLease.IsAcquired)
        {
            retryAfter = RetryAfter(conversationLease);
            return false;
        }
        using var window = _tenants.AttemptAcquire(tenant, calls);
        using var pace = _tenantPace.AttemptAcquire(tenant, calls);
        return true;
    }

    // A refused attempt takes nothing, so asking the limiter is free.
    private static TimeSpan WhenAvailable(PartitionedRateLimiter<string> limiter, string tenant, int calls)
    {
        using var refusal = limiter.AttemptAcquire(tenant, calls);
        return refusal.IsAcquired ? TimeSpan.Zero : RetryAfter(refusal);
    }

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);

    public void Dispose()
    {
        _tenants.Dispose();
        _tenantPace.Dispose();
        _conversations.Dispose();
    }
}
