using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Bot.Tests.Features.Relay;

/// <summary>
/// The real bot on Kestrel with the sample roster, a fake Bot Connector, a fixed clock (Friday
/// 2026-11-27 10:00 Beijing) and a scripted recognizer; plus ways to click cards and type.
/// </summary>
public sealed class RelayFixture : IAsyncDisposable
{
    public const string Channel = "19:office-channel@thread.tacv2";
    private static int _next;

    private readonly TempDir _dir = new();
    private BotHost _bot = null!;
    public FakeTimeProvider Clock { get; } = new(BotFixture.Now);
    public ScriptedRecognizer Recognizer { get; }

    private RelayFixture() => Recognizer = new(new BureauClock(Clock, BureauClock.ResolveZone(null)));
    public FakeConnector Connector { get; private set; } = null!;
    public HttpClient Http { get; } = new();
    public string BaseUrl { get; private set; } = "";
    public IStore Store => _bot.Get<IStore>();
    public T Get<T>() where T : notnull => _bot.Get<T>();

    public static async Task<RelayFixture> StartAsync()
    {
        var f = new RelayFixture();
        f.Connector = await FakeConnector.StartAsync();
        f._bot = await BotHost.StartAsync(f._dir.File("bot.db"), f.Clock, services: services =>
            services.Replace(ServiceDescriptor.Singleton<IIntentRecognizer>(f.Recognizer)));
        f.BaseUrl = f._bot.BaseUrl;
        // The office's channel talks to the bot once, so the bot can post the status card there.
        var office = f.Member("m007");
        var hello = Activities.Message(f.Connector.ServiceUrl, $"29:{office.Id}", "帮助", aadObjectId: office.AadObjectId, conversationId: Channel, conversationType: "channel");
        await f.Http.PostAsync(f.BaseUrl, hello);
        await f.Connector.WaitForActivitiesAsync(1);
        f.Connector.Calls.Clear();
        return f;
    }

    public Member Member(string id) => Store.Roster.Member(id);
    public Unit Unit(string id) => Store.Roster.Unit(id);

    private JsonObject Base(Member member, string locale, string type)
    {
        var a = Activities.Message(Connector.ServiceUrl, $"29:{member.Id}", "", locale, member.AadObjectId);
        a["type"] = type;
        a["id"] = $"relay-{Interlocked.Increment(ref _next)}";
        a.Remove("text");
        return a;
    }

    /// <summary>Action.Execute: invoke adaptiveCard/action; returns the invoke response body ({statusCode, type, value}).</summary>
    public async Task<JsonObject> InvokeAsync(Member member, string verb, JsonObject data, string locale = "zh-CN")
    {
        var a = Base(member, locale, "invoke");
        a["name"] = "adaptiveCard/action";
        a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() }, ["trigger"] = "manual" };
        var response = await Http.PostAsync(BaseUrl, a);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        CardSink.Record(body, $"relay-invoke-{verb}");
        return body;
    }

    /// <summary>Action.Submit: a message activity whose value holds the inputs and the verb.</summary>
    public async Task SubmitAsync(Member member, string verb, JsonObject data, string locale = "zh-CN")
    {
        var a = Base(member, locale, "message");
        var value = data.DeepClone().AsObject();
        value["verb"] = verb;
        a["value"] = value;
        (await Http.PostAsync(BaseUrl, a)).EnsureSuccessStatusCode();
    }

    /// <summary>Types <paramref name="text"/>, understood as <paramref name="means"/> when given; attachments as Teams sends them.</summary>
    public async Task SayAsync(Member member, string text, Intent? means = null, string locale = "zh-CN", params (string Name, string Type, long Size)[] files)
    {
        if (means is not null) Recognizer.Means(text, means);
        var a = Activities.Message(Connector.ServiceUrl, $"29:{member.Id}", text, locale, member.AadObjectId);
        if (files.Length > 0)
            a["attachments"] = new JsonArray(files.Select(f => (JsonNode)new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
                ["name"] = f.Name,
                ["content"] = new JsonObject { ["downloadUrl"] = $"https://files.example/{f.Name}", ["fileType"] = Path.GetExtension(f.Name).TrimStart('.') },
            }).ToArray());
        (await Http.PostAsync(BaseUrl, a)).EnsureSuccessStatusCode();
    }

    /// <summary>Replies the bot sent into <paramref name="member"/>'s 1:1 chat.</summary>
    public IReadOnlyList<JsonObject> RepliesTo(Member member) =>
        Connector.SentActivities().Where(a => a["conversation"]?["id"]?.GetValue<string>() == $"a:29:{member.Id}").ToList();

    public async Task<JsonObject> NextReplyAsync(Member member, int count)
    {
        var until = Environment.TickCount64 + 10_000;
        while (RepliesTo(member).Count < count && Environment.TickCount64 < until) await Task.Delay(20);
        Assert.True(RepliesTo(member).Count >= count, $"expected {count} replies, got {RepliesTo(member).Count}");
        return RepliesTo(member)[count - 1];
    }

    /// <summary>Status cards posted to the office channel, in arrival order.</summary>
    public IReadOnlyList<JsonObject> StatusCards() =>
        Connector.SentActivities().Where(a => a["conversation"]?["id"]?.GetValue<string>() == Channel).ToList();

    public static string Text(JsonNode? reply) => (reply?["text"]?.GetValue<string>() ?? "") + "\n" + (Activities.CardText(reply) ?? "");

    /// <summary>Every string in an invoke response's card.</summary>
    public static string CardText(JsonObject invokeBody) =>
        invokeBody["type"]!.GetValue<string>() == "application/vnd.microsoft.card.adaptive"
            ? Activities.CardText(new JsonObject { ["attachments"] = new JsonArray(new JsonObject { ["content"] = invokeBody["value"]!.DeepClone() }) })!
            : invokeBody["value"]!.GetValue<string>();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _bot.DisposeAsync();
        await Connector.DisposeAsync();
        _dir.Dispose();
    }
}
