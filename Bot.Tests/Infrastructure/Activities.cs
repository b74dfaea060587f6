using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>Builds the activities a channel would POST to /api/messages.</summary>
public static class Activities
{
    private static int _next;

    public static JsonObject Message(string serviceUrl, string userId, string text, string locale = "zh-CN",
        string? aadObjectId = null, string? conversationId = null, string conversationType = "personal") => new()
    {
        ["type"] = "message",
        ["id"] = $"in-{Interlocked.Increment(ref _next)}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Test User", ["aadObjectId"] = aadObjectId },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "督办助手" },
        ["conversation"] = new JsonObject { ["id"] = conversationId ?? $"a:{userId}", ["conversationType"] = conversationType, ["tenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" },
        ["locale"] = locale,
        ["text"] = text,
    };

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient http, string botUrl, JsonObject activity) =>
        await http.PostAsync(botUrl.TrimEnd('/') + "/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    /// <summary>Every string in the activity's first card, one per line, for Contains assertions.</summary>
    public static string? CardText(JsonNode? activity) =>
        activity?["attachments"]?[0]?["content"] is { } card ? string.Join("\n", Strings(card)) : null;

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    /// <summary>A sent activity's text, or its card's text when it carries a card.</summary>
    public static string TextOf(JsonObject activity) => activity["text"]?.GetValue<string>() ?? CardText(activity) ?? "";

    /// <summary>The data of the first Action.Submit whose verb is <paramref name="verb"/> anywhere in a card (a copy).</summary>
    public static JsonObject? FindSubmit(JsonNode node, string verb) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Submit" && o["data"]?["verb"]?.GetValue<string>() == verb => o["data"]!.DeepClone().AsObject(),
        JsonObject o => o.Select(p => p.Value is null ? null : FindSubmit(p.Value, verb)).FirstOrDefault(x => x is not null),
        JsonArray a => a.Select(x => x is null ? null : FindSubmit(x, verb)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
