using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Features.Relay;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.CheckOff;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Features.Intake.Review;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Storage;
using Xunit.Abstractions;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Features.Intake;
using ChatBot.Dialogs.Storage.LiteDb;

namespace ChatBot.Bot.Tests.Conversation;

/// <summary>
/// Every card kind, built from inputs far larger than a bureau's usual (300 items for one unit, 300
/// units, long texts), stays under Teams' size: lists are cut to what fits with a pointer to the rest,
/// and the buttons are never lost.
/// </summary>
public sealed class CardSizeTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Teams refuses a message above about 28 KB; the guard's budget leaves room for the activity.</summary>
    private const int TeamsLimit = 28 * 1024;

    private readonly IStore _store = new LiteDbStore(Path.Combine(Directory.CreateTempSubdirectory("dt-cards-").FullName, "cards.db"));

    public void Dispose()
    {
        var folder = Path.GetDirectoryName(_store.Path)!;
        _store.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    private static string Long(string stem, int n) => string.Concat(Enumerable.Repeat(stem, n));

    private static readonly string Task = Long("对城区主次干道沿线的桥梁、隧道和地下通道开展拉网式排查，建立问题清单，", 3);

    private void Check(string kind, JsonObject card, params string[] mustKeep)
    {
        var bytes = CardSize.Bytes(card);
        output.WriteLine($"{kind}: {bytes:N0} bytes");
        Assert.True(bytes <= CardSize.BudgetBytes, $"{kind}: {bytes} bytes");
        Assert.True(bytes < TeamsLimit);
        var text = Json(card);
        foreach (var keep in mustKeep) Assert.Contains(keep, text);
        // Captured for Microsoft's validator like every other card.
        CardSink.Record(new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card.DeepClone() }),
        }, "size-" + kind);
    }

    /// <summary>The card as sent: Chinese not escaped.</summary>
    private static string Json(JsonNode card) => card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private Meeting MeetingWithUnits(int units)
    {
        var ids = Enumerable.Range(1, units).Select(n => RelayWorld.UnitWithHead(_store, n).Unit.Id).ToArray();
        return RelayWorld.Meeting(_store, "big", title: Long("全市城市运行保障专题会议", 4), units: ids);
    }

    [Fact]
    public void The_dispatch_card_for_a_unit_with_300_items_lists_what_fits_and_keeps_its_buttons()
    {
        _store.Write(s => s.Roster.UpsertUnit(new Unit { Id = "szgc", Name = "市政工程处" }));
        var meeting = RelayWorld.Meeting(_store, "mt300", units: ["szgc"]);
        for (var n = 1; n <= 300; n++) RelayWorld.Assign(_store, meeting.Id, "szgc", n, $"{n}号 {Task}", new DateOnly(2026, 12, 31));
        var unit = _store.Roster.Unit("szgc");
        var items = _store.Lite().Assignments.Find(a => a.MeetingId == meeting.Id).ToList();

        var card = RelayCards.Dispatch(meeting, unit, items, Lang.Zh, "m047");

        Check("dispatch", card, RelayCapability.SignFor, RelayCapability.Confirm, "另有", "我的待办");
        Assert.Contains("第1条", Json(card));
        Check("dispatch-en", RelayCards.Dispatch(meeting, unit, items, Lang.En, "m047"), RelayCapability.SignFor, "my open items");
    }

    [Fact]
    public void The_status_board_of_300_units_lists_the_overdue_first_and_says_how_many_are_left_out()
    {
        var meeting = MeetingWithUnits(300);
        var states = new RelayBoard(_store).States(meeting, RelayWorld.Today);

        Check("status-board", RelayStatusCard.Build(meeting, states, Lang.Zh, "2026-11-27 10:00"), "个未列出");
        // The relay board a leader asks for in chat: the same card with the portfolio marked.
        Check("relay-board", RelayStatusCard.Build(meeting, states, Lang.En, "2026-11-27 10:00", states.Take(150).Select(s => s.Unit.Id).ToHashSet()), "more are not");
    }

    [Fact]
    public void A_meeting_without_a_relay_duty_says_so_on_its_status_card()
    {
        var meeting = new Meeting { Id = "m0", Title = "专题调度会议" };
        var zh = RelayStatusCard.Build(meeting, [], Lang.Zh, "2026-11-27 10:00");
        Check("status-none", zh, "未提出传达要求");
        Assert.DoesNotContain("0/0", Json(zh));
        Check("status-none-en", RelayStatusCard.Build(meeting, [], Lang.En, "2026-11-27 10:00"), "no relay meetings");
    }

    [Fact]
    public void The_office_check_off_card_with_the_longest_note_and_many_files_fits()
    {
        var a = new Assignment { Id = "a1", Number = 1, UnitId = "szgc", Task = Long(Task, 20), Due = new DateOnly(2026, 12, 31), Status = AssignmentStatus.CheckOffRequested };
        var record = new CheckOffRecord
        {
            Id = "r1", AssignmentId = "a1", Number = 1, UnitId = "szgc", Note = Long("已完成全部排查整改并通过验收。", 200)[..1000],
            Evidence = Enumerable.Range(1, 30).Select(i => new EvidenceFile { Name = Long("验收材料", 40) + $"{i}.pdf", Url = "https://files.example/" + Long("x", 3000) + i }).ToList(),
        };

        Check("check-off", CheckOffCards.ForOffice(Lang.Zh, a, "市政工程处", "吕建华", record), CheckOffDecisionCapability.Approve, CheckOffDecisionCapability.Return);
    }

    [Fact]
    public void The_digest_for_300_units_and_a_reminder_with_a_long_task_fit()
    {
        var lines = Enumerable.Range(1, 300).Select(n => new DigestLine($"u{n}", $"测试{n:000}{Long("中队", 6)}", n % 7, n % 5, n % 3)).ToList();
        var digest = new ReminderDue { Key = "digest", Kind = ReminderKind.Digest, Day = RelayWorld.Today, RecipientMemberIds = ["m007"], Digest = lines };
        Check("digest", ReminderCards.Build(digest, ReminderTexts.Chinese), ReminderCards.OpenItemsVerb, "个未列出");
        Check("digest-en", ReminderCards.Build(digest, ReminderTexts.English), ReminderCards.OpenItemsVerb, "more are not");

        var item = new Assignment { Id = "a1", Number = 7, UnitId = "szgc", Task = Long(Task, 200), Due = RelayWorld.Today };
        var overdue = new ReminderDue { Key = "r", Kind = ReminderKind.Escalation, Day = RelayWorld.Today, RecipientMemberIds = ["m007"], Assignment = item, Due = RelayWorld.Today, DaysOverdue = 5 };
        Check("reminder", ReminderCards.Build(overdue, ReminderTexts.Chinese), ReminderCards.OpenItemsVerb);
    }

    [Fact]
    public void The_review_card_of_300_directives_with_long_sources_and_units_fits_every_page()
    {
        var draft = new IntakeDraft
        {
            Id = "mt-1", ReviewerId = "m007",
            Extraction = new ExtractionResult
            {
                Meeting = { Title = Long("全市城市运行保障专题会议", 10), Date = RelayWorld.MeetingDay },
                Relay = [new ExtractedRelay { Units = Enumerable.Range(1, 300).Select(n => $"测试{n:000}中队").ToList(), Forms = ["班子会议"], DeadlineText = "迅速" }],
            },
        };
        for (var n = 1; n <= 300; n++)
            draft.Items.Add(new ExtractedDirective { Task = Long(Task, n % 5 == 0 ? 30 : 2), Owners = ["市政工程处"], Assisting = ["市环卫处", "市园林处"], DeadlineText = "12月底前", Source = Task });

        for (var page = 0; page < 300 / 12; page += 6)
        {
            draft.Page = page;
            Check($"review-p{page}", ReviewCard.Build(draft, new ReviewCard.Context(Lang.Zh, 12, "2026-11-29 10:00", new DateOnly(2026, 11, 29), UnitCount: 300)), IntakeCapability.Confirm, IntakeCapability.Cancel);
        }
    }

    [Fact]
    public void The_last_line_shortens_any_card_whose_single_text_is_too_long()
    {
        var card = AdaptiveCard.New(AdaptiveCard.Text("标题"), AdaptiveCard.Text(Long("很长的说明", 8000)), AdaptiveCard.Facts([("事项", Long("很长的值", 8000))]))
            .WithActions(AdaptiveCard.Submit("确认", "confirmProposal", new JsonObject { ["proposal"] = Long("i", 40) }));

        Check("guarded", CardSize.Guard(card), "confirmProposal", Long("i", 40), "标题");
        Assert.Contains("…", Json(card));
    }
}
