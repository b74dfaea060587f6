namespace ChatBot.Bot.Tests.Llm;

/// <summary>One request the stub received, as the real client sent it.</summary>
internal sealed record RecordedRequest(
    string Path,
    string Query,
    string? ApiKeyHeader,
    string? Authorization,
    string Body);
