using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Roster;
using ChatBot.Dialogs.Features.Roster.Chat;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Storage.LiteDb;

namespace ChatBot.Bot.Tests.Features.Roster;

/// <summary>
/// The sample roster in a real LiteDB file and the turn engine with the roster and open-items
/// features; intents are given directly (understanding belongs to another slice).
/// </summary>
public sealed class RosterWorld : IDisposable
{
    public static readonly string SeedPath = Path.Combine(AppContext.BaseDirectory, "seeds", "org.json");
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private readonly TempDir _dir = new();
    private readonly GivenIntent _recognizer = new();
    public IStore Store { get; }
    public BureauClock Clock { get; } = new(new FakeTimeProvider(Now), BureauClock.ResolveZone(null));
    public TurnEngine Engine { get; }

    public RosterWorld()
    {
        Store = new LiteDbStore(_dir.File("roster.db"));
        RosterLoader.SeedIfEmpty(Store, RosterLoader.ReadJson(SeedPath));
        Engine = new TurnEngine(Store, Clock, _recognizer,
            [new RosterLookupFeature(), new RosterMaintenanceFeature(), new OpenItemsFeature(new OpenItemsOptions())],
            NullLogger<TurnEngine>.Instance);
    }

    public Member Office => Store.Roster.Members().First(m => m.IsOffice);
    public Member Staff => Store.Roster.Members().First(m => !m.IsOffice && !m.IsLeader && m.Memberships.All(x => x.Role == UnitRole.Staff));
    public Member Fresh(string id) => Store.Roster.Member(id);
    public Member Named(string name) => Store.Lite().Members.FindOne(m => m.Name == name);
    public Unit Unit(string name) => Store.Lite().Units.FindOne(u => u.Name == name);

    /// <summary>A typed turn understood as <paramref name="intent"/>.</summary>
    public async Task<TurnResult> SayAsync(Member who, Intent intent, string locale = "zh-CN")
    {
        _recognizer.Next = intent;
        return Recorded(await Engine.HandleAsync(Request(who, locale) with { Text = "…" }, CancellationToken.None), intent.Name);
    }

    /// <summary>A card action (Action.Submit data with a verb).</summary>
    public async Task<TurnResult> SubmitAsync(Member who, JsonObject data, string locale = "zh-CN") =>
        Recorded(await Engine.HandleAsync(Request(who, locale) with { Action = data }, CancellationToken.None), "submit");

    /// <summary>Cards go to the CI's card validator like those of the end-to-end tests.</summary>
    private static TurnResult Recorded(TurnResult result, string source)
    {
        foreach (var card in result.Replies.Select(r => r.Card).Where(c => c is not null))
            CardSink.Record(new JsonObject
            {
                ["type"] = "message",
                ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card!.DeepClone() }),
            }, $"roster-{source}");
        return result;
    }

    public static Intent Change(string action, params (string, string)[] slots) =>
        Intent.Of(RosterMaintenanceCapability.Change, [("action", action), .. slots]);

    public void AddAssignment(int number, string unitId, string task, AssignmentStatus status = AssignmentStatus.Dispatched, params string[] assignees) =>
        Store.Write(s => s.Items.Add(new Assignment
        {
            Id = $"a{number}", Number = number, DirectiveId = $"d{number}", MeetingId = "mt1", UnitId = unitId, Task = task,
            Status = status, AssigneeMemberIds = [.. assignees], Due = new DateOnly(2026, 12, 10), CreatedAt = Now, UpdatedAt = Now,
        }));

    public static string AllText(TurnResult result) =>
        string.Join("\n", result.Replies.Select(r => (r.Text ?? "") + "\n" + (r.Card is null ? "" : Activities.CardText(new JsonObject { ["attachments"] = new JsonArray(new JsonObject { ["content"] = r.Card.DeepClone() }) }))));

    private static TurnRequest Request(Member who, string locale) => new()
    {
        ConversationId = $"a:{who.Id}",
        Speaker = new Speaker($"29:{who.Id}", who.AadObjectId, who.Email, who.Name),
        Locale = locale,
        ActivityId = $"act-{Guid.NewGuid():N}",
    };

    public void Dispose()
    {
        Store.Dispose();
        _dir.Dispose();
    }

    private sealed class GivenIntent : IIntentRecognizer
    {
        public Intent Next { get; set; } = Intent.Of(EngineCapability.Unknown);
        public Task<Intent> RecognizeAsync(string text, Lang lang, CancellationToken ct) => Task.FromResult(Next);
    }
}
