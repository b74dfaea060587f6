using System.Text.Json.Nodes;
using ChatBot.Dialogs.Features.Intake.Extraction;
using Microsoft.Extensions.AI;
using Moq;

namespace ChatBot.Bot.Tests.Features.Intake.Llm;

/// <summary>Answers in the extraction schema, and a Moq'd <see cref="IChatClient"/> that gives them.</summary>
internal static class ModelJson
{
    public static JsonObject Directive(string task, string[] owners, string source, string? deadline = null, params string[] assisting) => new()
    {
        ["task"] = task, ["owners"] = Array(owners), ["assisting"] = Array(assisting), ["deadlineText"] = deadline, ["source"] = source,
    };

    public static string Answer(string? title, JsonArray? relay = null, params JsonObject[] directives) => new JsonObject
    {
        ["meeting"] = new JsonObject { ["title"] = title, ["date"] = null, ["speaker"] = null },
        ["relay"] = relay ?? [],
        ["directives"] = new JsonArray(directives.Select(d => (JsonNode)d.DeepClone()).ToArray()),
    }.ToJsonString();

    /// <summary>What the rules read in a piece of text, written as the model would answer: a well-behaved model.</summary>
    public static string AsModel(ExtractionResult r) => Answer(r.Meeting.Title,
        new JsonArray(r.Relay.Select(x => (JsonNode)new JsonObject
        {
            ["units"] = Array(x.Units), ["forms"] = Array(x.Forms), ["deadlineText"] = x.DeadlineText, ["source"] = x.Source,
        }).ToArray()),
        r.Directives.Select(d => Directive(d.Task, d.Owners.ToArray(), d.Source, d.DeadlineText, d.Assisting.ToArray())).ToArray());

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    public static ChatResponse Response(string text, ChatFinishReason? finish = null) =>
        new(new ChatMessage(ChatRole.Assistant, text)) { FinishReason = finish ?? ChatFinishReason.Stop };

    public static Mock<IChatClient> Returning(params ChatResponse[] responses)
    {
        var chat = new Mock<IChatClient>();
        var queue = new Queue<ChatResponse>(responses);
        chat.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => queue.Count > 1 ? queue.Dequeue() : queue.Peek());
        return chat;
    }

    /// <summary>The &lt;document&gt; part of a request's user message.</summary>
    public static string Document(IEnumerable<ChatMessage> messages)
    {
        var user = messages.Last(m => m.Role == ChatRole.User).Text;
        var start = user.IndexOf("<document>\n", StringComparison.Ordinal) + "<document>\n".Length;
        var end = user.LastIndexOf("\n</document>", StringComparison.Ordinal);
        return user[start..end];
    }
}
