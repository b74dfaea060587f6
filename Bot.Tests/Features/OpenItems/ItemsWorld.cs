using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Audit;
using ChatBot.Dialogs.Features.CheckOff;
using ChatBot.Dialogs.Features.Extension;
using ChatBot.Dialogs.Features.Reassign;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Progress;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Storage.LiteDb;

namespace ChatBot.Bot.Tests.Features.OpenItems;

/// <summary>
/// A small bureau in a real LiteDB file, the item features behind a real <see cref="TurnEngine"/>,
/// a fixed clock (Friday 27 November 2026, 10:00 in Beijing) and a recognizer that returns whatever
/// intent the test says the user meant.
/// </summary>
internal sealed class ItemsWorld : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 27);

    private readonly TempDir _dir = new();
    private readonly StubRecognizer _recognizer = new();
    private int _activity;

    public IStore Store { get; }
    public FakeTimeProvider Clock { get; } = new(Now);
    public TurnEngine Engine { get; }

    public ItemsWorld(WorkflowOptions? workflow = null)
    {
        workflow ??= new WorkflowOptions();
        Store = new LiteDbStore(_dir.File("items.db"));
        var clock = new BureauClock(Clock, BureauClock.ResolveZone("Asia/Shanghai"));
        var options = new OpenItemsOptions();
        ITurnFeature[] features = [new OpenItemsFeature(options), new ProgressFeature(options), new CheckOffRequestFeature(), new CheckOffDecisionFeature(), new ItemHistoryFeature(), new RelayFeature(),
            new ExtensionRequestFeature(workflow), new ExtensionDecisionFeature(workflow), new SendBackFeature(), new ReassignDecisionFeature()];
        Engine = new TurnEngine(Store, clock, _recognizer, features, NullLogger<TurnEngine>.Instance);
        Store.Write(s =>
        {
            s.Roster.AddUnits(
            [
                new Unit { Id = "office", Name = "局办公室", Aliases = ["办公室"] },
                new Unit { Id = "szgc", Name = "市政工程处", Aliases = ["市政处"] },
                new Unit { Id = "rsk", Name = "局人事科", Aliases = ["人事科"] },
            ]);
            s.Roster.AddMembers(
            [
                Person("office1", "黄杰", office: true, units: [("office", UnitRole.Head)]),
                Person("office2", "杨丽", office: true, units: [("office", UnitRole.Staff)]),
                Person("leader", "刘桂英", leader: true, portfolio: ["szgc"]),
                Person("head", "吕建华", units: [("szgc", UnitRole.Head)]),
                Person("deputy", "丁红梅", units: [("szgc", UnitRole.Deputy)]),
                Person("liaison", "任强", units: [("szgc", UnitRole.Liaison)]),
                Person("staff", "沈娟", units: [("szgc", UnitRole.Staff)]),
                Person("staff2", "姚刚", units: [("szgc", UnitRole.Staff)]),
                Person("rskHead", "孙秀英", units: [("rsk", UnitRole.Head)]),
            ]);
        });
    }

    private static Member Person(string id, string name, bool office = false, bool leader = false, List<string>? portfolio = null, (string Unit, UnitRole Role)[]? units = null) => new()
    {
        Id = id,
        Name = name,
        ChannelUserId = "29:" + id,
        Memberships = (units ?? []).Select(u => new Membership { UnitId = u.Unit, Role = u.Role }).ToList(),
        UnitIds = (units ?? []).Select(u => u.Unit).ToList(),
        BureauRoles = new[] { (office, BureauRole.Office), (leader, BureauRole.Leader) }.Where(r => r.Item1).Select(r => r.Item2).ToList(),
        Portfolio = portfolio ?? [],
    };

    public Assignment Add(int number, string unitId, string task, DateOnly? due, AssignmentStatus status = AssignmentStatus.Dispatched,
        string meetingId = "mt1", params string[] assignees)
    {
        var a = new Assignment
        {
            Id = $"a{number}", Number = number, DirectiveId = $"d{number}", MeetingId = meetingId, UnitId = unitId, Task = task,
            Due = due, Status = status, AssigneeMemberIds = [.. assignees], CreatedAt = Now, UpdatedAt = Now,
        };
        Store.Write(s => s.Items.Add(a));
        return a;
    }

    public Assignment Item(int number) => Store.Lite().Assignments.FindOne(a => a.Number == number);

    /// <summary>The user typed something the understanding turned into <paramref name="intent"/>.</summary>
    public Task<TurnResult> Say(string memberId, Intent intent, string locale = "zh-CN", string? text = null, params IncomingFile[] files)
    {
        _recognizer.Next = intent;
        return Recorded(Engine.HandleAsync(Request(memberId, locale) with { Text = text ?? intent.Name, Files = files }, CancellationToken.None), intent.Name);
    }

    /// <summary>The user pressed a card button or submitted a form (value.verb and its data).</summary>
    public Task<TurnResult> Press(string memberId, JsonObject data, string locale = "zh-CN") =>
        Recorded(Engine.HandleAsync(Request(memberId, locale) with { Action = data }, CancellationToken.None), data["verb"]?.GetValue<string>() ?? "press");

    /// <summary>Every card a turn produced goes to the <see cref="CardSink"/>, so CI validates these too.</summary>
    private static async Task<TurnResult> Recorded(Task<TurnResult> turn, string source)
    {
        var result = await turn;
        foreach (var card in result.Replies.Select(r => r.Card).Concat(result.Proactive.Select(p => p.Message.Card)).OfType<JsonObject>())
            CardSink.Record(new JsonObject
            {
                ["type"] = "message",
                ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card.DeepClone() }),
            }, "engine-" + source);
        return result;
    }

    public Task<TurnResult> Press(string memberId, string verb, int item, string locale = "zh-CN") =>
        Press(memberId, new JsonObject { ["verb"] = verb, ["item"] = item }, locale);

    /// <summary>The same activity delivered again by the channel.</summary>
    public Task<TurnResult> Redeliver(string memberId, Intent intent)
    {
        _recognizer.Next = intent;
        var last = $"act-{_activity}";
        return Engine.HandleAsync(Request(memberId, "zh-CN") with { Text = intent.Name, ActivityId = last }, CancellationToken.None);
    }

    private TurnRequest Request(string memberId, string locale) => new()
    {
        ConversationId = "a:29:" + memberId,
        Speaker = new Speaker("29:" + memberId, null, null, memberId),
        Locale = locale,
        ActivityId = $"act-{Interlocked.Increment(ref _activity)}",
    };

    /// <summary>Everything the item features may write, for "nothing changed" assertions.</summary>
    public string Snapshot() => JsonSerializer.Serialize(new
    {
        Assignments = Store.Lite().Assignments.FindAll().OrderBy(a => a.Id).ToList(),
        Reports = Store.Lite().ProgressReports.FindAll().OrderBy(p => p.Id).ToList(),
        Audit = Store.Lite().Audit.FindAll().OrderBy(a => a.Id).ToList(),
        CheckOffs = Store.Lite().CheckOffs.FindAll().OrderBy(r => r.Id).ToList(),
        Extensions = Store.Extensions.All(),
        Reassignments = Store.Reassignments.All(),
    });

    public void Dispose()
    {
        Store.Dispose();
        _dir.Dispose();
    }

    private sealed class StubRecognizer : IIntentRecognizer
    {
        public Intent Next { get; set; } = Intent.Of(EngineCapability.Unknown);
        public Task<Intent> RecognizeAsync(string text, Lang lang, CancellationToken ct) => Task.FromResult(Next);
    }
}

/// <summary>Reading what a turn answered.</summary>
internal static class Answers
{
    public static string Text(this TurnResult r) => string.Join("\n", r.Replies.Select(x => x.Text).Where(t => t is not null));

    public static JsonObject Card(this TurnResult r) => r.Replies.Select(x => x.Card).First(c => c is not null)!;

    /// <summary>Every string in the replies' texts and cards, one per line.</summary>
    public static string All(this TurnResult r) => string.Join("\n", r.Replies.SelectMany(x => (x.Text is null ? [] : new[] { x.Text }).Concat(Strings(x.Card))));

    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    /// <summary>The Action.Submit data of every button (at any depth) in a card.</summary>
    public static IEnumerable<JsonObject> Submits(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Submit" => [o["data"]!.AsObject()],
        JsonObject o => o.SelectMany(p => Submits(p.Value)),
        JsonArray a => a.SelectMany(Submits),
        _ => [],
    };
}
