using System.Text.Json.Nodes;
using ChatBot.Bot.Scheduling;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Bot.Tests.Features.Snooze;

/// <summary>
/// The real bot with its scheduler driven by hand (Reminders:Enabled false, RunOnceAsync) on the fixture's clock:
/// Friday 27 Nov 2026 10:00 Beijing. Item 1 of 市政工程处, nobody named, was due Thursday 26 Nov.
/// </summary>
public sealed class NoiseWorld : IAsyncDisposable
{
    public BotFixture F { get; private set; } = null!;
    public Unit Unit { get; private set; } = null!;
    public Member Head { get; private set; } = null!;
    public Member Liaison { get; private set; } = null!;
    public Member Office { get; private set; } = null!;
    public Member Outsider { get; private set; } = null!;

    public static async Task<NoiseWorld> StartAsync(DateOnly due, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" };
        foreach (var kv in extra ?? new Dictionary<string, string?>()) settings[kv.Key] = kv.Value;
        var w = new NoiseWorld { F = await BotFixture.StartAsync(settings) };
        w.Unit = w.F.Unit("市政工程处");
        w.Head = w.F.Member(m => m.HasRole(w.Unit.Id, UnitRole.Head));
        w.Liaison = w.F.Member(m => m.HasRole(w.Unit.Id, UnitRole.Liaison));
        w.Office = w.F.Member(m => m.IsOffice);
        w.Outsider = w.F.Member(m => !m.IsOffice && !m.IsLeader && m.Memberships.Count > 0 && m.Memberships.All(x => x.UnitId != w.Unit.Id));
        var everyone = new[] { w.Head, w.Liaison, w.Office, w.Outsider };
        foreach (var m in everyone) await w.F.SayAsync(m, "帮助");
        await w.F.Connector.WaitForActivitiesAsync(everyone.Length);
        w.F.Store.Write(s => s.Items.Add(new Assignment
        {
            Id = "a1", Number = 1, DirectiveId = "d1", MeetingId = "mt1", UnitId = w.Unit.Id,
            Task = "北环路排水管网改造", Due = due, Status = AssignmentStatus.InProgress,
        }));
        return w;
    }

    public ReminderScheduler Scheduler => F.Bot.Get<ReminderScheduler>();

    public List<JsonObject> SentTo(Member m) => F.SentTo(m);

    /// <summary>Posted (not updated) cards to the member whose text holds <paramref name="words"/>.</summary>
    public List<JsonObject> CardsTo(Member m, string words) =>
        F.Connector.Calls.Where(c => c.Method == "POST" && c.IsActivity && c.Delivered && c.Body is not null)
            .Select(c => c.Body!).Where(a => a["conversation"]?["id"]?.GetValue<string>() == $"a:29:{m.Id}" && (Activities.CardText(a) ?? "").Contains(words))
            .ToList();

    /// <summary>Cards replaced in place (PUT) in the member's chat.</summary>
    public List<JsonObject> UpdatesTo(Member m) =>
        F.Connector.Calls.Where(c => c.Method == "PUT" && c.IsActivity && c.Delivered && c.Body?["conversation"]?["id"]?.GetValue<string>() == $"a:29:{m.Id}")
            .Select(c => c.Body!).ToList();

    public static string TextOf(JsonObject a) => Activities.TextOf(a);

    public Task<HttpResponseMessage> PressAsync(Member member, JsonObject value, string locale = "zh-CN") =>
        F.PressAsync(member, value.DeepClone().AsObject(), locale);

    /// <summary>Says or presses, then waits for the member's next reply and returns its text.</summary>
    public async Task<string> AnswerAsync(Member m, Func<Task> act)
    {
        var before = SentTo(m).Count;
        await act();
        await WaitUntilAsync(() => SentTo(m).Skip(before).Any(a => a["text"] is not null));
        return SentTo(m).Skip(before).First(a => a["text"] is not null)["text"]!.GetValue<string>();
    }

    public Task<string> SayAsync(Member m, string text, string locale = "zh-CN") => AnswerAsync(m, () => F.SayAsync(m, text, locale));

    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        var until = Environment.TickCount64 + 15_000;
        while (!condition() && Environment.TickCount64 < until) await Task.Delay(20);
        Assert.True(condition(), "condition not met within 15 s");
    }

    /// <summary>The data of the card's Action.Submit with <paramref name="verb"/> and, when given, one more matching value.</summary>
    public static JsonObject Button(JsonObject activity, string verb, string? key = null, string? value = null) =>
        Buttons(activity["attachments"]![0]!["content"]!).FirstOrDefault(d => d["verb"]?.GetValue<string>() == verb && (key is null || d[key]?.GetValue<string>() == value))
        ?? throw new Xunit.Sdk.XunitException($"no {verb} button");

    private static IEnumerable<JsonObject> Buttons(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Submit" => [o["data"]!.DeepClone().AsObject()],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Buttons(p.Value)),
        JsonArray a => a.SelectMany(x => x is null ? [] : Buttons(x)),
        _ => [],
    };

    public async ValueTask DisposeAsync() => await F.DisposeAsync();
}
