using System.ClientModel.Primitives;
using System.Globalization;

namespace ChatBot.Bot.Llm;

/// <summary>
/// The OpenAI/Azure client's own retry policy (it already retries 408, 429, 5xx and network
/// errors), with the wait taken from the server when it says how long: Azure OpenAI sends
/// <c>retry-after-ms</c>/<c>x-ms-retry-after-ms</c>, OpenAI-compatible servers <c>Retry-After</c>.
/// Without a hint it backs off exponentially with jitter so that several turns throttled together
/// do not come back together. The caller's timeout still bounds the whole call: the wait is
/// cancelled with the request.
/// </summary>
public sealed class LlmRetryPolicy(int maxRetries) : ClientRetryPolicy(maxRetries)
{
    private static readonly TimeSpan InitialBackoff = TimeSpan.FromMilliseconds(800);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(8);

    // Waiting longer than this can never fit in a chat turn; the call's timeout ends it sooner anyway.
    private static readonly TimeSpan MaxServerDelay = TimeSpan.FromSeconds(60);

    protected override TimeSpan GetNextDelay(PipelineMessage message, int tryCount)
    {
        if (message.Response is { } response && ServerDelay(response.Headers) is { } asked)
        {
            return asked;
        }

        var exponent = Math.Clamp(tryCount, 0, 10);
        var backoff = InitialBackoff * Math.Pow(2, exponent);
        var jittered = backoff * (0.8 + Random.Shared.NextDouble() * 0.4);
        return jittered > MaxBackoff ? MaxBackoff : jittered;
    }

    /// <summary>The delay a throttling or overloaded server asked for, if it asked.</summary>
    internal static TimeSpan? ServerDelay(PipelineResponseHeaders headers)
    {
        foreach (var name in new[] { "retry-after-ms", "x-ms-retry-after-ms" })
        {
            if (headers.TryGetValue(name, out var ms)
                && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
                && double.IsFinite(milliseconds) && milliseconds >= 0)
            {
                return TimeSpan.FromMilliseconds(Math.Min(milliseconds, MaxServerDelay.TotalMilliseconds));
            }
        }

        if (headers.TryGetValue("Retry-After", out var retryAfter) && !string.IsNullOrWhiteSpace(retryAfter))
        {
            if (double.TryParse(retryAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                && double.IsFinite(seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(Math.Min(seconds, MaxServerDelay.TotalSeconds));
            }

            if (DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                var wait = at - DateTimeOffset.UtcNow;
                return wait <= TimeSpan.Zero ? TimeSpan.Zero : wait > MaxServerDelay ? MaxServerDelay : wait;
            }
        }

        return null;
    }
}
