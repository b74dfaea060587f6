using ChatBot.Bot.Channel.Connector;

namespace ChatBot.Bot.Outbox;

/// <summary>Why a send did not go through, and whether trying again can help.</summary>
public sealed record DeliveryFailure(bool Permanent, int? StatusCode, string Reason, TimeSpan? RetryAfter)
{
    /// <summary>What kind of permanent failure this is (for the office's report); Other for transient ones.</summary>
    public FailureKind Kind { get; init; }

    /// <summary>
    /// 429/412/502/504 are transient by Teams' rule; 5xx, 408, 401 (token refresh) and network errors
    /// or timeouts are retried too. 403 (app not installed / bot blocked), 404 (conversation gone) and
    /// other 4xx will answer the same forever, so they are recorded and never retried.
    /// </summary>
    public static DeliveryFailure From(Exception e) => e switch
    {
        // 403 on a chat the bot had: the person uninstalled or blocked it (the address is marked, see OutboxDispatcher.Record).
        ConnectorException { StatusCode: 403 } c => new(true, 403, "403 Forbidden: the app was removed from this chat or the bot was blocked", c.RetryAfter) { Kind = FailureKind.Removed },
        ConnectorException { StatusCode: 404 } c => new(true, 404, "404 Not Found: the conversation no longer exists", c.RetryAfter) { Kind = FailureKind.ConversationGone },
        ConnectorException { StatusCode: 429 or 412 or 502 or 504 or 408 or 401 } c => new(false, c.StatusCode, $"{c.StatusCode} (transient)", c.RetryAfter),
        ConnectorException { StatusCode: >= 500 } c => new(false, c.StatusCode, $"{c.StatusCode} (server error)", c.RetryAfter),
        ConnectorException { IsTransient: true } c => new(false, c.StatusCode, c.StatusCode == 0 ? $"no answer: {c.Message}" : $"{c.StatusCode} (transient)", c.RetryAfter),
        ConnectorException c => new(true, c.StatusCode, $"{c.StatusCode} refused: {c.Message}", c.RetryAfter) { Kind = FailureKind.Refused },
        // Retrying cannot make a serviceUrl trusted; the person writing to the bot does (RetryUndeliveredTo).
        UntrustedServiceUrlException u => new(true, null, $"not sent: {u.Message}", null) { Kind = FailureKind.NotTrusted },
        MemberUnreachableException u => new(true, null, u.Message, null) { Kind = u.Removed ? FailureKind.Removed : FailureKind.NotInstalled },
        Graph.GraphPermissionException g => new(true, 403, g.Message, null) { Kind = FailureKind.NotInstalled },
        HttpRequestException h => new(false, 0, $"network error: {h.Message}", null),
        TimeoutException or TaskCanceledException or OperationCanceledException => new(false, 0, "timed out", null),
        IOException io => new(false, 0, $"network error: {io.Message}", null),
        System.Text.Json.JsonException j => new(true, null, $"stored activity is not valid JSON: {j.Message}", null),
        _ => new(false, null, $"{e.GetType().Name}: {e.Message}", null),
    };
}
