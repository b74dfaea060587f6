using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Features.Intake.Review;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Progress;
using ChatBot.Dialogs.Features.Roster;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Understanding.Rules;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ChatBot.Dialogs.Storage.LiteDb;

namespace ChatBot.Bot.Tests.Features.Intake.Chat;

/// <summary>
/// Drafts are data: an office member reviewing a meeting who types an ambiguous progress report gets
/// the "which item?" question, and the review is still there — across a restart — for 确认下发; the
/// clarifying question still waits too. The engine, rule recognizer, rule extractor, intake and progress
/// run over a real LiteDB file that is closed and reopened.
/// </summary>
public sealed class ReviewSurvivesOtherQuestionsTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
    private IStore _store;
    private TurnEngine _engine;
    private int _activity;

    public ReviewSurvivesOtherQuestionsTests()
    {
        (_store, _engine) = Open();
        RosterLoader.SeedIfEmpty(_store, RosterLoader.ReadJson(Path.Combine(IntakeFixtures.RepoRoot, "seeds", "org.json")));
        // Two open items of 市政工程处 that "路灯" fits equally.
        _store.Write(s =>
        {
            s.Items.Add(Item(901, "市区主干道路灯更换"));
            s.Items.Add(Item(902, "背街小巷路灯补装"));
        });
    }

    private static Assignment Item(int n, string task) => new()
    {
        Id = $"old-a{n}", Number = n, DirectiveId = $"old-d{n}", MeetingId = "old", UnitId = "szgc", Task = task, Status = AssignmentStatus.InProgress,
    };

    private (IStore, TurnEngine) Open()
    {
        var store = new LiteDbStore(_dir.File("bot.db"));
        var clock = new BureauClock(_time, BureauClock.ResolveZone(null));
        var extraction = new ExtractionOptions();
        ITurnFeature[] features = [new IntakeFeature(new RuleMeetingExtractor(extraction), new IntakeOptions(), extraction), new ProgressFeature(new OpenItemsOptions())];
        return (store, new TurnEngine(store, clock, new RuleIntentRecognizer(clock), features, NullLogger<TurnEngine>.Instance));
    }

    private void Restart()
    {
        _store.Dispose();
        (_store, _engine) = Open();
    }

    private Task<string> Say(string text) => Turn(text, null);

    /// <summary>The review card's 确认下发 button, as the card carries it.</summary>
    private Task<string> PressConfirm(string draftId) =>
        Turn(null, new JsonObject { ["verb"] = IntakeCapability.Confirm.Name, ["draftId"] = draftId, ["reviewer"] = "m007" });

    private async Task<string> Turn(string? text, JsonObject? action)
    {
        var office = _store.Roster.Member("m007");
        var result = await _engine.HandleAsync(new TurnRequest
        {
            ConversationId = IntakeChat.Channel, ConversationType = "channel", Locale = "zh-CN", ActivityId = $"t{++_activity}",
            Speaker = new Speaker($"29:{office.Id}", office.AadObjectId, null, office.Name), Text = text, Action = action,
        }, CancellationToken.None);
        return string.Join("\n", result.Replies.Select(r => r.Text ?? r.Card?.ToJsonString(Unescaped) ?? ""));
    }

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task A_clarifying_question_during_a_review_keeps_the_review_and_a_restart_keeps_both()
    {
        await Say(IntakeChat.Minutes);
        var draft = Assert.Single(_store.Lite().IntakeDrafts.FindAll());

        var asked = await Say("路灯本周完成50%");
        Assert.Contains("有几项事项与“路灯”相符", asked);
        Assert.Equal([IntakeDraft.Kind, ProgressFeature.ChooseKind], _store.Lite().Pending.FindAll().Select(p => p.Kind).Order());
        Assert.Equal(draft.Id, Assert.Single(_store.Lite().IntakeDrafts.FindAll()).Id);

        Restart();
        var dispatched = await PressConfirm(draft.Id);

        Assert.Contains("已下发", dispatched);
        var meeting = Assert.Single(_store.Meetings.All());
        Assert.Equal(draft.Id, meeting.Id);
        Assert.Empty(_store.Lite().IntakeDrafts.FindAll());
        // The progress question was not disturbed either: "2" answers it.
        var recorded = await Say("2");
        Assert.Contains("已记录第902条的进展", recorded);
        Assert.Empty(_store.Lite().Pending.FindAll());
    }

    [Fact]
    public async Task The_review_still_expires_after_its_hours_and_nothing_is_dispatched()
    {
        await Say(IntakeChat.Minutes);
        Assert.Contains("有几项事项", await Say("路灯本周完成50%"));

        _time.Advance(TimeSpan.FromHours(new IntakeOptions().ReviewHours + 1));
        Restart();
        var draft = Assert.Single(_store.Lite().IntakeDrafts.FindAll());
        var late = await PressConfirm(draft.Id);

        Assert.Contains("已失效", late);
        Assert.Empty(_store.Meetings.All());
        Assert.Empty(_store.Lite().IntakeDrafts.FindAll());
        Assert.Equal("当前没有待审核的会议。请先发送会议文本。", await PressConfirm(draft.Id));
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }
}
