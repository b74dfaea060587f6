using System.Threading.RateLimiting;

namespace ChatBot.Bot.Outbox;

/// <summary>
/// A token bucket on a <see cref="TimeProvider"/> (the framework's refills from Stopwatch, so it
/// cannot run on simulated time). Tokens accrue at a steady rate whether or not anyone is looking,
/// so a dispatcher that wakes a little late loses nothing — unlike a sliding window, which hands
/// each permit back exactly one window after its use and so adds every wake-up delay to the cycle.
/// </summary>
public sealed class TokenBucketRateLimiter : RateLimiter
{
    private readonly TimeProvider _time;
    private readonly double _perSecond;
    private readonly int _capacity;
    private readonly Lock _lock = new();
    private double _tokens;
    private long _refilledAt;

    public TokenBucketRateLimiter(TimeProvider time, double perSecond, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _time = time;
        _perSecond = perSecond;
        _capacity = capacity;
        _tokens = capacity;
        _refilledAt = time.GetTimestamp();
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                Refill();
                return _tokens >= _capacity ? TimeSpan.Zero : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Refill();
            return new RateLimiterStatistics { CurrentAvailablePermits = (long)Math.Floor(_tokens) };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_lock)
        {
            if (permitCount > _capacity) return WindowLease.Refused(null);
            Refill();
            if (_tokens >= permitCount)
            {
                _tokens -= permitCount;
                return WindowLease.Granted;
            }
            return WindowLease.Refused(TimeSpan.FromSeconds((permitCount - _tokens) / _perSecond));
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken ct)
    {
        while (true)
        {
            var lease = AttemptAcquireCore(permitCount);
            if (lease.IsAcquired || !lease.TryGetMetadata(MetadataName.RetryAfter, out var after)) return lease;
            await Task.Delay(after, _time, ct);
        }
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        _tokens = Math.Min(_capacity, _tokens + _time.GetElapsedTime(_refilledAt, now).TotalSeconds * _perSecond);
        _refilledAt = now;
    }
}
