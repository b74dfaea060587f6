using ChatBot.Bot.Tests.Features.Relay;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake.Review;
using ChatBot.Dialogs.Features.Intake;

namespace ChatBot.Bot.Tests.Features.Intake.Chat;

/// <summary>确认下发: one transaction makes the meeting, directives and assignments; heads and liaisons hear 1:1; the channel gets the status card.</summary>
public class DispatchTests : IntakeChatTest
{
    [Fact]
    public async Task Confirming_creates_the_meeting_and_assignments_and_notifies_units_and_the_channel()
    {
        // szgc's head and liaison, and hwc's head, have talked to the bot 1:1 before.
        await _chat.GreetAsync("m047", "m049", "m037");
        await _chat.SayAsync(_chat.Office, IntakeChat.Minutes);
        await _chat.SayAsync(_chat.Office, "第1条 增加配合单位 政策法规科");

        var done = await _chat.ClickAsync(_chat.Office, IntakeCapability.Confirm, _chat.Button(IntakeCapability.Confirm));
        Assert.Contains("已下发“局党组会议纪要”：3 条事项", done);

        var meeting = Assert.Single(_f.Store.Meetings.All());
        Assert.Equal(MeetingStatus.Dispatched, meeting.Status);
        Assert.Equal(IntakeChat.Channel, meeting.ChannelConversationId);
        Assert.Equal("m007", meeting.CreatedBy);
        Assert.Equal(new DateOnly(2026, 11, 25), meeting.Date);
        Assert.Equal((1, 2026), (meeting.DispatchNumber, meeting.DispatchYear));   // 督办〔2026〕1号, given in the dispatch transaction
        var relay = Assert.Single(meeting.Relay);
        Assert.Equal(["*"], relay.UnitIds);
        Assert.Equal(["班子会议", "干部职工大会"], relay.Forms);
        Assert.Equal(new DateOnly(2026, 11, 30), relay.Due);

        var directives = _f.Store.Lite().Directives.Find(d => d.MeetingId == meeting.Id).OrderBy(d => d.Number).ToList();
        Assert.Equal(3, directives.Count);
        Assert.Equal(["szgc"], directives[0].LeadUnitIds);
        Assert.Equal(["zcfg"], directives[0].AssistingUnitIds);
        Assert.Equal(new DateOnly(2026, 12, 15), directives[0].Due);

        var assignments = _f.Store.Lite().Assignments.Find(a => a.MeetingId == meeting.Id).OrderBy(a => a.Number).ToList();
        Assert.Equal([1, 2, 3, 4], assignments.Select(a => a.Number));
        Assert.Equal([("szgc", AssignmentRole.Lead), ("zcfg", AssignmentRole.Assisting), ("rsk", AssignmentRole.Lead), ("hwc", AssignmentRole.Lead)],
            assignments.Select(a => (a.UnitId, a.Role)));
        Assert.All(assignments, a => Assert.Equal(AssignmentStatus.Dispatched, a.Status));
        Assert.Equal(4, _f.Store.Lite().Audit.Count(a => a.EntityType == "assignment" && a.Action == "dispatch"));
        Assert.Equal(1, _f.Store.Lite().Audit.Count(a => a.EntityType == "meeting" && a.Action == "dispatch"));

        foreach (var id in new[] { "m047", "m049" })
        {
            var card = RelayFixture.Text(await _f.NextReplyAsync(_f.Member(id), 2));
            Assert.Contains("市政工程处", card);
            Assert.Contains("完成金南大道西延线工程进度核查", card);
            Assert.Contains("签收", card);
            Assert.Contains("确认已传达", card);
        }
        Assert.Contains("达川区环卫市场化改革", RelayFixture.Text(await _f.NextReplyAsync(_f.Member("m037"), 2)));

        var until = Environment.TickCount64 + 10_000;
        while (!_f.StatusCards().Any(c => RelayFixture.Text(c).Contains("传达落实情况")) && Environment.TickCount64 < until) await Task.Delay(20);
        Assert.Contains(_f.StatusCards(), c => RelayFixture.Text(c).Contains("传达落实情况 · 局党组会议纪要"));
        Assert.Null(_f.Store.Lite().Pending.FindAll().FirstOrDefault(p => p.Kind == IntakeDraft.Kind));
        Assert.Empty(_f.Store.Lite().IntakeDrafts.FindAll());
    }

    [Fact]
    public async Task The_sample_speech_items_for_all_units_dispatch_to_every_unit()
    {
        // Items read as 牵头：全部单位 (报送局党建办备案…, 成立督查组…) made 确认下发 fail with an exception.
        var review = await _chat.SayAsync(_chat.Office, IntakeFixtures.Sample);
        Assert.Contains("会议事项提取 · 待审核", review);
        var draft = IntakeDraft.Read(_f.Store.Lite().IntakeDrafts.FindAll().Single().Data)!;
        var forAll = draft.Items.Select((item, i) => (item, n: i + 1)).Where(x => x.item.Owners.Contains(RosterNames.AllUnits)).Select(x => x.n).ToList();
        Assert.NotEmpty(forAll);

        var first = await _chat.ClickAsync(_chat.Office, IntakeCapability.Confirm, _chat.Button(IntakeCapability.Confirm));
        Assert.DoesNotContain("出错", first);
        // Whatever stops it is a name a person must fix, never "all units".
        Assert.DoesNotContain(forAll, n => first.Contains($"第{n}条"));

        await _chat.SayAsync(_chat.Office, $"只保留第{string.Join("、", forAll)}条");
        var done = await _chat.ClickAsync(_chat.Office, IntakeCapability.Confirm, _chat.Button(IntakeCapability.Confirm));
        Assert.Contains($"{forAll.Count} 条事项", done);
        // 全部单位 is the bureau-level units: sub-units (中队, 股, 所) hear from their unit (一级管一级).
        var units = _f.Store.Roster.Units().Count(u => u.ParentId is null);
        Assert.Equal(units, UnitsIn(done));
        var meeting = Assert.Single(_f.Store.Meetings.All());
        Assert.All(_f.Store.Lite().Directives.Find(d => d.MeetingId == meeting.Id), d => Assert.Equal(units, d.LeadUnitIds.Count));
        Assert.Equal(units * forAll.Count, _f.Store.Lite().Assignments.Count());
    }

    /// <summary>The unit count in 已下发“…”：N 条事项，M 个单位.</summary>
    private static int UnitsIn(string done) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(done, @"(\d+) 个单位").Groups[1].Value);

    [Fact]
    public async Task A_confirm_clicked_twice_dispatches_once()
    {
        await _chat.GreetAsync("m047");
        await _chat.SayAsync(_chat.Office, IntakeChat.Minutes);
        var confirm = _chat.Button(IntakeCapability.Confirm);

        var clicks = await Task.WhenAll(
            _chat.ClickAsync(_chat.Office, IntakeCapability.Confirm, confirm),
            _chat.ClickAsync(_chat.Office, IntakeCapability.Confirm, confirm));
        await Task.Delay(300);
        var again = await _chat.ClickAsync(_chat.Office, IntakeCapability.Confirm, confirm);

        Assert.Contains("已经下发过了", again);
        Assert.Equal(1, _f.Store.Meetings.All().Count());
        Assert.Equal(3, _f.Store.Lite().Assignments.Count());
        // The dispatch card comes through the outbox; once it is there, no second one follows.
        await _f.NextReplyAsync(_f.Member("m047"), 2);
        await Task.Delay(300);
        Assert.Single(_f.RepliesTo(_f.Member("m047")).Skip(1));
    }

    [Fact]
    public async Task Typed_confirmation_dispatches_too_and_a_personal_chat_has_no_status_card()
    {
        var office = _chat.Office;
        await _f.SayAsync(office, IntakeChat.Minutes);
        await _f.NextReplyAsync(office, 1);
        await _f.SayAsync(office, "确认");
        // The office heads 局办公室, which owes the relay meeting too: its dispatch card arrives in the same chat.
        await _f.NextReplyAsync(office, 3);
        Assert.Contains(_f.RepliesTo(office), r => RelayFixture.Text(r).Contains("已下发"));
        var meeting = Assert.Single(_f.Store.Meetings.All());
        Assert.Null(meeting.ChannelConversationId);
    }
}
