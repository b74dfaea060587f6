using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Bot.Tests.EndToEnd;

/// <summary>A running bot (real Kestrel, real LiteDB file) and a fake Bot Connector, with a fixed clock.</summary>
public sealed class BotFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero); // 10:00 in Beijing

    private readonly TempDir _dir = new();
    public FakeTimeProvider Clock { get; } = new(Now);
    public BotHost Bot { get; private set; } = null!;
    public FakeConnector Connector { get; private set; } = null!;
    public HttpClient Http { get; } = new();
    public IStore Store => Bot.Get<IStore>();
    private IDictionary<string, string?>? _settings;
    private Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? _services;

    public static async Task<BotFixture> StartAsync(IDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var f = new BotFixture { _settings = settings, _services = services };
        f.Connector = await FakeConnector.StartAsync();
        f.Bot = await BotHost.StartAsync(f._dir.File("bot.db"), f.Clock, settings, services);
        return f;
    }

    /// <summary>
    /// Stops the bot and starts a new one on the same store file (a process restart), with the services
    /// the fixture started with and these settings (default: the ones it started with).
    /// </summary>
    public async Task RestartAsync(IDictionary<string, string?>? settings = null)
    {
        var path = Bot.StorePath;
        await Bot.DisposeAsync();
        Bot = await BotHost.StartAsync(path, Clock, settings ?? _settings, _services);
    }

    public Member Member(Func<Member, bool> which) => Store.Roster.Members().First(which);
    public Unit Unit(string name) => Store.Lite().Units.FindOne(u => u.Name == name);

    public Task<HttpResponseMessage> SayAsync(Member member, string text, string locale = "zh-CN") =>
        Http.PostAsync(Bot.BaseUrl, Activities.Message(Connector.ServiceUrl, $"29:{member.Id}", text, locale, member.AadObjectId));

    /// <summary>A card button pressed by <paramref name="member"/> in their 1:1 chat: a message with only a value.</summary>
    public Task<HttpResponseMessage> PressAsync(Member member, JsonObject value, string locale = "zh-CN")
    {
        var activity = Activities.Message(Connector.ServiceUrl, $"29:{member.Id}", "", locale, member.AadObjectId);
        activity.Remove("text");
        activity["value"] = value.DeepClone(); // the same button may be pressed twice (a stale card)
        return Http.PostAsync(Bot.BaseUrl, activity);
    }

    /// <summary>Everything the bot has sent to <paramref name="member"/>'s 1:1 chat, in order.</summary>
    public List<JsonObject> SentTo(Member member) =>
        Connector.SentActivities().Where(a => a["conversation"]?["id"]?.GetValue<string>() == $"a:29:{member.Id}").ToList();

    /// <summary>
    /// Waits (at most 15 s) until <paramref name="member"/> has <paramref name="count"/> messages after the first
    /// <paramref name="before"/>, and returns those; fails naming the member when they do not arrive.
    /// </summary>
    public async Task<List<JsonObject>> WaitForNewAsync(Member member, int before, int count = 1)
    {
        var until = Environment.TickCount64 + 15_000;
        while (SentTo(member).Count < before + count && Environment.TickCount64 < until) await Task.Delay(20);
        var got = SentTo(member).Skip(before).ToList();
        Xunit.Assert.True(got.Count >= count, $"{member.Name} got {got.Count} of {count} message(s) within 15 s");
        return got;
    }

    /// <summary>
    /// Waits (at most 15 s) until <paramref name="member"/> has been sent a message whose text contains
    /// <paramref name="fragment"/>, and returns how many messages they have by then: outbox messages (and the
    /// welcome before a person's first one) arrive in their own time.
    /// </summary>
    public async Task<int> WaitForTextAsync(Member member, string fragment)
    {
        var until = Environment.TickCount64 + 15_000;
        while (!SentTo(member).Any(a => Activities.TextOf(a).Contains(fragment, StringComparison.Ordinal)) && Environment.TickCount64 < until) await Task.Delay(20);
        var sent = SentTo(member);
        Xunit.Assert.True(sent.Any(a => Activities.TextOf(a).Contains(fragment, StringComparison.Ordinal)), $"{member.Name} got no message with '{fragment}' within 15 s");
        return sent.Count;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        _dir.Dispose();
    }
}
