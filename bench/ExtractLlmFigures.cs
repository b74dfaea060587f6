using System.Globalization;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Features.Intake.Llm;
using ChatBot.Dialogs.Features.Roster;
using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;

namespace ChatBot.Bench;

/// <summary>
/// extract-llm [file] [--max-chars=N]: runs the LLM extraction path on the sample speech against an
/// in-process model that counts what it is sent, and prints calls and prompt tokens (o200k, the
/// tokenizer of the GPT-4o family). Prompt tokens = system + user message + the JSON schema, which
/// the server adds to the prompt for structured output; per-message framing (~4 tokens) is not counted.
/// </summary>
public static class ExtractLlmFigures
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = FindRoot();
        var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(root, "seeds", "000_1179419ea5b9d5a1.txt");
        var maxChars = args.FirstOrDefault(a => a.StartsWith("--max-chars=", StringComparison.Ordinal)) is { } m
            ? int.Parse(m["--max-chars=".Length..], CultureInfo.InvariantCulture) : new LlmExtractionOptions().MaxCharsPerCall;
        var text = File.ReadAllText(file);
        var roster = RosterLoader.Build(RosterLoader.ReadJson(Path.Combine(root, "seeds", "org.json"))).Units;
        var today = new DateOnly(2026, 11, 27);

        var tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");
        var model = new CountingChatClient(tokenizer, roster, today);
        var extractor = new LlmMeetingExtractor(model, new ExtractionOptions(), new LlmExtractionOptions { MaxCharsPerCall = maxChars });
        var outcome = await extractor.ExtractAsync(text, roster, today, CancellationToken.None);
        if (outcome.ByRules) Console.Error.WriteLine($"extract-llm: fell back to the rules ({outcome.FallbackReason})");

        var per10k = (long)Math.Round(model.PromptTokens * 10_000.0 / text.Length);
        Console.WriteLine($"extract-llm calls={model.Calls} prompt_tokens={model.PromptTokens} prompt_tokens_per_10k_chars={per10k}");
        Console.Error.WriteLine($"  text={text.Length} chars, directives={outcome.Result.Directives.Count}, schema={model.SchemaTokens} tokens/call, tokenizer=o200k_base");
        return outcome.ByRules ? 1 : 0;
    }

    /// <summary>Counts calls and prompt tokens; answers each piece with what the rules read in it, so the whole path runs.</summary>
    private sealed class CountingChatClient(Tokenizer tokenizer, IReadOnlyList<ChatBot.Dialogs.Domain.Unit> roster, DateOnly today) : IChatClient
    {
        private readonly RuleExtractor _rules = new();
        public int Calls { get; private set; }
        public long PromptTokens { get; private set; }
        public int SchemaTokens { get; private set; }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken ct = default)
        {
            var list = messages.ToList();
            Calls++;
            SchemaTokens = options?.ResponseFormat is ChatResponseFormatJson { Schema: { } schema } ? tokenizer.CountTokens(schema.GetRawText()) : 0;
            PromptTokens += list.Sum(m => tokenizer.CountTokens(m.Text)) + SchemaTokens;
            var user = list.Last(m => m.Role == ChatRole.User).Text;
            var start = user.IndexOf("<document>\n", StringComparison.Ordinal) + "<document>\n".Length;
            var piece = user[start..user.LastIndexOf("\n</document>", StringComparison.Ordinal)];
            var answer = ExtractionJson.Write(_rules.Extract(piece, roster, today));
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)) { FinishReason = ChatFinishReason.Stop });
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken ct = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;
        public void Dispose() { }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
