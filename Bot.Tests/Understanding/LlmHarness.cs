using System.Text.Json;
using ChatBot.Bot.Tests.Llm;
using ChatBot.Dialogs.Understanding;
using ChatBot.Dialogs.Understanding.Llm;
using ChatBot.Dialogs.Understanding.Rules;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Moq;

namespace ChatBot.Bot.Tests.Understanding;

/// <summary>
/// An <see cref="LlmIntentRecognizer"/> over a Moq'd <see cref="IChatClient"/> that answers as the test
/// scripts it, recording what the recogniser sent.
/// </summary>
internal sealed class LlmHarness
{
    public sealed record Call(List<ChatMessage> Messages, ChatOptions? Options, CancellationToken Token);

    private Func<Call, Task<ChatResponse>> _respond = _ => Task.FromResult(Text("好的"));

    public LlmHarness(IUnitScope? scope = null, TimeSpan? timeout = null)
    {
        Chat.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .Returns((IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken token) =>
            {
                var call = new Call(messages.ToList(), options, token);
                Calls.Add(call);
                return _respond(call);
            });
        var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        Recognizer = new LlmIntentRecognizer(
            Chat.Object,
            new RuleIntentRecognizer(TestClock.Friday()),
            TestClock.Friday(),
            scope ?? new FixedScope("市政工程处（工程处）"),
            Memory,
            factory.CreateLogger<LlmIntentRecognizer>(),
            new LlmUnderstandingOptions { Timeout = timeout ?? TimeSpan.FromSeconds(5) });
    }

    public Mock<IChatClient> Chat { get; } = new();
    public List<Call> Calls { get; } = [];
    public CapturedLogs Logs { get; } = new();
    public ConversationMemory Memory { get; } = new();
    public LlmIntentRecognizer Recognizer { get; }

    public LlmHarness Answers(Func<Call, Task<ChatResponse>> respond) { _respond = respond; return this; }
    public LlmHarness Answers(ChatResponse response) => Answers(_ => Task.FromResult(response));
    public LlmHarness CallsTool(string name, object? arguments = null) => Answers(ToolCall(name, arguments));

    public static ChatResponse Text(string text) => new(new ChatMessage(ChatRole.Assistant, text));

    public static ChatResponse ToolCall(string name, object? arguments = null) => ToolCall(new FunctionCallContent("call_1", name, Arguments(arguments)));

    public static ChatResponse ToolCall(FunctionCallContent call) => new(new ChatMessage(ChatRole.Assistant, [call]));

    /// <summary>Arguments as the OpenAI client hands them over: JSON elements.</summary>
    public static Dictionary<string, object?> Arguments(object? arguments)
    {
        if (arguments is null) return [];
        var json = JsonSerializer.SerializeToElement(arguments);
        return json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
    }

    public sealed class FixedScope(params string[] names) : IUnitScope
    {
        public IReadOnlyList<string> UnitNamesVisibleTo(string memberId) => names;
    }
}
