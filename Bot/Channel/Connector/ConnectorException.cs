namespace ChatBot.Bot.Channel.Connector;

/// <summary>
/// A connector call that failed after the retries. <see cref="StatusCode"/> tells retryable from permanent;
/// 0 means no HTTP answer at all (network failure or timeout).
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(int statusCode, string message, TimeSpan? retryAfter = null) : base(message)
    {
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    public ConnectorException(int statusCode, string message, Exception innerException) : base(message, innerException) =>
        StatusCode = statusCode;

    public int StatusCode { get; }

    /// <summary>The service's Retry-After, when it asked for a wait longer than the client would sit out itself.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Worth trying again later (e.g. from the outbox): throttling, gateway trouble or no answer.</summary>
    public bool IsTransient => StatusCode is 0 or 408 or 412 or 429 or >= 500;
}
