namespace ChatBot.Bot.Outbox;

/// <summary>
/// Exponential backoff with ±20 % jitter (the Teams rate-limit doc's shape), never shorter than the
/// service's Retry-After: waiting less would only earn another 429.
/// </summary>
public sealed class RetryDelay(OutboxOptions options, Random? random = null)
{
    private readonly Random _random = random ?? Random.Shared;

    /// <param name="attempt">1 for the first retry.</param>
    public TimeSpan For(int attempt, TimeSpan? retryAfter)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var backoff = Math.Min(options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, exponent), options.RetryMaxDelay.TotalMilliseconds);
        var jittered = TimeSpan.FromMilliseconds(backoff * (0.8 + 0.4 * _random.NextDouble()));
        return retryAfter is { } after && after > jittered ? after : jittered;
    }
}
