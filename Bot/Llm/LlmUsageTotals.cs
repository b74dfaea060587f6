namespace ChatBot.Bot.Llm;

/// <summary>A point-in-time copy of <see cref="LlmUsageLog"/>'s counters since the process started.</summary>
public sealed record LlmUsageTotals(
    long Calls,
    long Failures,
    long TimedOut,
    long InputTokens,
    long OutputTokens);
