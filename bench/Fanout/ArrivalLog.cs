namespace ChatBot.Bench.Fanout;

/// <summary>
/// Arrival times for one tenant or one conversation, checked against Teams' windows. Written
/// independently of the bot's limiter on purpose: the fake must catch the bot's mistakes.
/// </summary>
internal sealed class ArrivalLog((int Limit, double Seconds)[] windows)
{
    private readonly Queue<double> _arrivals = new();
    private readonly double _longest = windows.Max(w => w.Seconds);

    /// <summary>Admits the call at <paramref name="now"/> (seconds) or says it is over a limit.</summary>
    public bool TryAdmit(double now)
    {
        while (_arrivals.Count > 0 && _arrivals.Peek() <= now - _longest) _arrivals.Dequeue();
        foreach (var (limit, seconds) in windows)
            if (_arrivals.Count(a => a > now - seconds) >= limit) return false;
        _arrivals.Enqueue(now);
        return true;
    }
}
