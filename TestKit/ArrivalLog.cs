namespace ChatBot.TestKit;

/// <summary>
/// Arrival times for one tenant or one conversation, checked against Teams' windows. Written
/// independently of the bot's limiter (Bot/Outbox/SlidingLogRateLimiter) on purpose: the fake must catch the bot's mistakes.
/// </summary>
internal sealed class ArrivalLog((int Limit, double Seconds)[] windows)
{
    private readonly Queue<double> _arrivals = new();
    private readonly double _longest = windows.Max(w => w.Seconds);

    /// <summary>Whether a call at <paramref name="now"/> (seconds) stays within every window.</summary>
    public bool Admits(double now)
    {
        while (_arrivals.Count > 0 && _arrivals.Peek() <= now - _longest) _arrivals.Dequeue();
        foreach (var (limit, seconds) in windows)
            if (_arrivals.Count(a => a > now - seconds) >= limit) return false;
        return true;
    }

    /// <summary>Counts an admitted call.</summary>
    public void Record(double now) => _arrivals.Enqueue(now);
}
