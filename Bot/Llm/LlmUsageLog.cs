using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Llm;

/// <summary>
/// Counts LLM calls and tokens in memory and writes one log line per call. The line carries
/// counts, the model name and the duration only — never a prompt, an answer or a key — so it can
/// stay at Information in production, where token spend is what an operator watches.
/// </summary>
public sealed partial class LlmUsageLog(ILogger<LlmUsageLog> logger)
{
    private long _calls;
    private long _failures;
    private long _timedOut;
    private long _inputTokens;
    private long _outputTokens;

    public LlmUsageTotals Totals => new(
        Interlocked.Read(ref _calls),
        Interlocked.Read(ref _failures),
        Interlocked.Read(ref _timedOut),
        Interlocked.Read(ref _inputTokens),
        Interlocked.Read(ref _outputTokens));

    public void RecordSuccess(string? model, UsageDetails? usage, TimeSpan elapsed)
    {
        var input = usage?.InputTokenCount ?? 0;
        var output = usage?.OutputTokenCount ?? 0;
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _inputTokens, input);
        Interlocked.Add(ref _outputTokens, output);
        LogCall(model ?? "?", (long)elapsed.TotalMilliseconds, input, output);
    }

    public void RecordTimeout(string? model, TimeSpan elapsed)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Increment(ref _timedOut);
        LogTimeout(model ?? "?", (long)elapsed.TotalMilliseconds);
    }

    /// <param name="error">The exception's type and status code only: error texts may quote the request.</param>
    public void RecordFailure(string? model, string error, TimeSpan elapsed)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Increment(ref _failures);
        LogFailure(model ?? "?", (long)elapsed.TotalMilliseconds, error);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "LLM call to {Model} took {ElapsedMs} ms: {InputTokens} input tokens, {OutputTokens} output tokens")]
    private partial void LogCall(string model, long elapsedMs, long inputTokens, long outputTokens);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM call to {Model} timed out after {ElapsedMs} ms")]
    private partial void LogTimeout(string model, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM call to {Model} failed after {ElapsedMs} ms: {Error}")]
    private partial void LogFailure(string model, long elapsedMs, string error);
}
