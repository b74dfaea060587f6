namespace ChatBot.Bot.Outbox;

/// <summary>Configuration section "Outbox".</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Teams' global limit per app per tenant (the doc calls it an estimate; older copies said 30).</summary>
    public int TenantRatePerSecond { get; set; } = 50;
    /// <summary>
    /// Windows are stretched by this fraction (0.02 = 1.02 s instead of 1 s): the service counts
    /// arrivals, and network jitter can bring two calls paced exactly one window apart closer together.
    /// </summary>
    public double RateHeadroom { get; set; } = 0.02;
    /// <summary>Calls in flight at once; distinct conversations go in parallel so fan-out reaches the tenant ceiling.</summary>
    public int MaxConcurrentSends { get; set; } = 32;
    /// <summary>Transient failures (429/412/502/504/timeouts) are retried this many times, then recorded as failed.</summary>
    public int MaxAttempts { get; set; } = 10;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>One connector call longer than this counts as a timeout and is retried.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Longest sleep when nothing is due; an enqueue wakes the dispatcher at once anyway.</summary>
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>The bot's account id ("28:&lt;appId&gt;"), needed to create a 1:1 conversation with a member.</summary>
    public string? BotId { get; set; }
    /// <summary>Used when a member has no stored address yet (TEAMS-NOTES (d)).</summary>
    public string DefaultServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";
}
