namespace ChatBot.Bot.Channel.Connector;

/// <summary>
/// "Bot:Connector" — retry shape for connector calls. Defaults follow the Teams rate-limit guidance
/// (exponential backoff with jitter starting at about 2 s) and stay inside the time a turn can wait.
/// </summary>
public sealed class ConnectorResilienceOptions
{
    public const string SectionName = "Bot:Connector";

    /// <summary>Retries of a read (GET) after the first attempt: 3 means at most 4 attempts. Writes are never retried here.</summary>
    public int MaxRetryAttempts { get; set; } = 3;
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);
    /// <summary>
    /// A Retry-After longer than this is not waited out in-process: the call fails at once with
    /// <see cref="ConnectorException.RetryAfter"/> set, so a durable caller (the outbox) can reschedule.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(20);
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
