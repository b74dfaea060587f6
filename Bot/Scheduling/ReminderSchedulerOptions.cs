namespace ChatBot.Bot.Scheduling;

/// <summary>The scheduler's own keys in configuration section "Reminders" (the policy's are in ReminderOptions).</summary>
public sealed class ReminderSchedulerOptions
{
    /// <summary>False turns the scheduler off (nothing is sent proactively by it).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Seconds between passes.</summary>
    public int TickSeconds { get; set; } = 60;
    /// <summary>The office channel conversation the digest is posted to; empty: the digest goes to each office member.</summary>
    public string? DigestConversationId { get; set; }
    /// <summary>Sent-log entries older than this many days are pruned, once a day.</summary>
    public int SentLogRetentionDays { get; set; } = 120;
}
