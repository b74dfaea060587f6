namespace ChatBot.Bot.Channel.Connector;

/// <summary>
/// A connector call that failed after the retries. <see cref="StatusCode"/> tells retryable from permanent;
/// 0 means no HTTP answer at all (network failure or timeout).
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(int statusCode, string message) : base(message) => StatusCode = statusCode;

    public ConnectorException(int statusCode, string message, Exception innerException) : base(message, innerException) =>
        StatusCode = statusCode;

    public int StatusCode { get; }

    /// <summary>Worth trying again later (e.g. from the outbox): throttling, gateway trouble or no answer.</summary>
    public bool IsTransient => StatusCode is 0 or 408 or 412 or 429 or >= 500;
}
