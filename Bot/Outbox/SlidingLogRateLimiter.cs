using System.Threading.RateLimiting;

namespace ChatBot.Bot.Outbox;

/// <summary>
/// An exact sliding-window limiter over several windows at once (Teams: 7/1 s, 8/2 s, 60/30 s, 1800/h),
/// on a <see cref="TimeProvider"/>. The framework's SlidingWindowRateLimiter replenishes from
/// Stopwatch even when replenished by hand, so it cannot run on simulated time, and its segments let
/// a burst straddle two windows; a log of recent acquisitions holds the limit in every window and
/// is deterministic under FakeTimeProvider. Acquisition is all-or-nothing across the windows, so a
/// refusal never burns a permit.
/// </summary>
public sealed class SlidingLogRateLimiter : RateLimiter
{
    private readonly RateWindow[] _windows;
    private readonly TimeProvider _time;
    private readonly long[] _windowTicks;
    private readonly long _longest;
    // Timestamps of granted permits, oldest first, trimmed to the longest window.
    private readonly List<long> _log = [];
    private readonly Lock _lock = new();
    private long _lastUsed;

    public SlidingLogRateLimiter(TimeProvider time, params RateWindow[] windows)
    {
        if (windows.Length == 0) throw new ArgumentException("At least one window.", nameof(windows));
        _time = time;
        _windows = windows;
        _windowTicks = windows.Select(w => (long)(w.Length.TotalSeconds * time.TimestampFrequency)).ToArray();
        _longest = _windowTicks.Max();
        _lastUsed = time.GetTimestamp();
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                var now = _time.GetTimestamp();
                Trim(now);
                return _log.Count == 0 ? _time.GetElapsedTime(_lastUsed, now) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            Trim(now);
            var available = int.MaxValue;
            for (var i = 0; i < _windows.Length; i++) available = Math.Min(available, _windows[i].Limit - CountSince(now - _windowTicks[i]));
            return new RateLimiterStatistics { CurrentAvailablePermits = Math.Max(0, available) };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            Trim(now);
            TimeSpan? wait = null;
            for (var i = 0; i < _windows.Length; i++)
            {
                if (permitCount > _windows[i].Limit) return WindowLease.Refused(null);
                var start = now - _windowTicks[i];
                var inWindow = CountSince(start);
                var excess = inWindow + permitCount - _windows[i].Limit;
                if (excess <= 0) continue;
                // The window frees up once its `excess` oldest entries have aged out of it.
                var firstInWindow = _log.Count - inWindow;
                var freesAt = _log[firstInWindow + excess - 1] + _windowTicks[i] + 1;
                var w = _time.GetElapsedTime(now, freesAt);
                wait = wait is { } cur && cur > w ? cur : w;
            }
            if (wait is not null) return WindowLease.Refused(wait);
            for (var p = 0; p < permitCount; p++) _log.Add(now);
            _lastUsed = now;
            return WindowLease.Granted;
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

    private int CountSince(long start)
    {
        // Entries strictly after `start` are inside the window.
        var lo = 0;
        var hi = _log.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_log[mid] <= start) lo = mid + 1; else hi = mid;
        }
        return _log.Count - lo;
    }

    private void Trim(long now)
    {
        var expired = _log.Count - CountSince(now - _longest);
        if (expired > 0) _log.RemoveRange(0, expired);
    }
}
