namespace ChatBot.Bot.Outbox;

/// <summary>Where a queued message is in its life. Stored as a string so the file stays readable.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting for its <see cref="OutboxMessage.NextAttemptAt"/> and a free rate-limit slot.</summary>
    Pending,
    /// <summary>Handed to the connector; if the process dies now the outcome is unknown (see OutboxDispatcher).</summary>
    Sending,
    /// <summary>The connector accepted it; <see cref="OutboxMessage.SentActivityId"/> holds Teams' id.</summary>
    Sent,
    /// <summary>Refused for good (app not installed, conversation gone, attempts exhausted); see the reason.</summary>
    Failed,
}
