using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Bot.Tests.Features.Scoring;

/// <summary>Chat helpers over HTTP for the bulletin, portfolio and 批示 loop tests: say, press, wait for what the bot sent where.</summary>
public sealed class LeaderChat(BotFixture f)
{
    public static string OneOnOne(Member m) => $"a:29:{m.Id}";

    public List<JsonObject> SentIn(string conversationId) =>
        f.Connector.SentActivities().Where(a => a["conversation"]?["id"]?.GetValue<string>() == conversationId).ToList();

    public async Task<List<JsonObject>> WaitForNewAsync(string conversationId, int before, int count = 1)
    {
        var until = Environment.TickCount64 + 15_000;
        while (SentIn(conversationId).Count < before + count && Environment.TickCount64 < until) await Task.Delay(20);
        var got = SentIn(conversationId).Skip(before).ToList();
        Assert.True(got.Count >= count, $"{conversationId} got {got.Count} of {count} message(s) within 15 s");
        return got;
    }

    /// <summary>Says <paramref name="text"/> and returns the bot's one answer there.</summary>
    public async Task<JsonObject> SayAsync(Member m, string text, string locale = "zh-CN", string? conversationId = null, string type = "personal")
    {
        var where = conversationId ?? OneOnOne(m);
        var before = SentIn(where).Count;
        var activity = Activities.Message(f.Connector.ServiceUrl, $"29:{m.Id}", text, locale, m.AadObjectId, conversationId, type);
        Assert.Equal(200, (int)(await f.Http.PostAsync(f.Bot.BaseUrl, activity)).StatusCode);
        return (await WaitForNewAsync(where, before)).First();
    }

    public async Task<JsonObject> PressAsync(Member m, JsonObject value, string locale = "zh-CN", string? conversationId = null, string type = "personal")
    {
        var where = conversationId ?? OneOnOne(m);
        var before = SentIn(where).Count;
        var activity = Activities.Message(f.Connector.ServiceUrl, $"29:{m.Id}", "", locale, m.AadObjectId, conversationId, type);
        activity.Remove("text");
        activity["value"] = value.DeepClone();
        Assert.Equal(200, (int)(await f.Http.PostAsync(f.Bot.BaseUrl, activity)).StatusCode);
        return (await WaitForNewAsync(where, before)).First();
    }

    public static string TextOf(JsonObject activity) => string.Join("\n", new[] { activity["text"]?.GetValue<string>(), Activities.CardText(activity) }.Where(t => t is not null));

    public static JsonObject Button(JsonObject activity, string verb, Func<JsonObject, bool>? which = null) =>
        Find(activity["attachments"]![0]!["content"]!, verb, which ?? (_ => true)) ?? throw new Xunit.Sdk.XunitException($"no {verb} button");

    private static JsonObject? Find(JsonNode node, string verb, Func<JsonObject, bool> which) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Submit" && o["data"]?["verb"]?.GetValue<string>() == verb && which(o["data"]!.AsObject())
            => o["data"]!.DeepClone().AsObject(),
        JsonObject o => o.Select(p => p.Value is null ? null : Find(p.Value, verb, which)).FirstOrDefault(x => x is not null),
        JsonArray a => a.Select(x => x is null ? null : Find(x, verb, which)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
