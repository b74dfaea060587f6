using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Bot.Tests.Features.Relay;

/// <summary>确认已传达 through the form card: Universal Actions (invoke) and Action.Submit, over HTTP.</summary>
public class ConfirmByCardTests : IAsyncLifetime
{
    private RelayFixture _f = null!;
    private Meeting _meeting = null!;
    private Member _head = null!;

    public async Task InitializeAsync()
    {
        _f = await RelayFixture.StartAsync();
        _meeting = RelayWorld.Meeting(_f.Store);
        RelayWorld.Assign(_f.Store, _meeting.Id, "szgc", 1, "凤凰山隧道二三期工程抢抓进度");
        _head = _f.Member("m047");
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private List<RelayConfirmation> Records() => _f.Store.Meetings.Confirmations().ToList();

    [Fact]
    public async Task The_button_opens_a_form_with_today_the_required_forms_attendees_and_notes()
    {
        var body = await _f.InvokeAsync(_head, RelayCapability.Confirm, RelayWorld.Data(_meeting.Id, "szgc"));
        var card = body["value"]!.AsObject();
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var inputs = card["body"]!.AsArray().Where(n => n!["type"]!.GetValue<string>().StartsWith("Input.")).ToDictionary(n => n!["id"]!.GetValue<string>(), n => n!);
        Assert.Equal("Input.Date", inputs["date"]["type"]!.GetValue<string>());
        Assert.Equal("2026-11-27", inputs["date"]["value"]!.GetValue<string>());
        Assert.True(inputs["forms"]["isMultiSelect"]!.GetValue<bool>());
        Assert.Equal("班子会议,干部职工大会", inputs["forms"]["value"]!.GetValue<string>());
        Assert.Equal("Input.Number", inputs["attendees"]["type"]!.GetValue<string>());
        Assert.True(inputs["notes"]["isMultiline"]!.GetValue<bool>());
        var submit = card["body"]!.AsArray().Last()!["actions"]![0]!;
        Assert.Equal(RelayCapability.Submit, submit["verb"]!.GetValue<string>());
        Assert.Empty(Records());
    }

    [Fact]
    public async Task Submitting_both_forms_records_one_per_form_in_one_go_with_audit_and_updates_the_channel()
    {
        var body = await _f.InvokeAsync(_head, RelayCapability.Submit, RelayWorld.Form(_meeting.Id, "szgc", "2026-11-26", "班子会议,干部职工大会", 42, "传达了会议精神"));
        var text = RelayFixture.CardText(body);
        Assert.Contains("已记录 市政工程处 的传达落实", text);
        Assert.Contains("市政工程处 的传达落实已全部完成", text);

        var records = Records().OrderBy(r => r.Form).ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal(RelayConfirmation.KeyFor("mt1", "szgc", "干部职工大会"), records[0].Id);
        Assert.All(records, r => { Assert.Equal(42, r.Attendees); Assert.Equal(new DateOnly(2026, 11, 26), r.HeldOn); Assert.Equal("m047", r.ConfirmedBy); Assert.Equal("传达了会议精神", r.Notes); });
        Assert.All(records, r => Assert.Equal("confirm", _f.Store.Audit.For(r.Id).Single().Action));

        var status = await WaitForStatusAsync(1);
        var board = RelayFixture.Text(status[^1]);
        Assert.Contains("已传达 1/3", board);
        Assert.Contains("班子会议（11月26日，42人）", board);
    }

    [Fact]
    public async Task One_of_two_forms_says_which_remains_and_the_unit_is_not_done()
    {
        var body = await _f.InvokeAsync(_head, RelayCapability.Submit, RelayWorld.Form(_meeting.Id, "szgc", "2026-11-26", "班子会议", "15"));
        Assert.Contains("还需确认：干部职工大会", RelayFixture.CardText(body));
        Assert.Single(Records());
        var board = new RelayBoard(_f.Store).State(_meeting, _f.Unit("szgc"), RelayWorld.Today);
        Assert.False(board.Done);
        Assert.Equal(RelayState.NotSigned, board.State); // confirming is not signing for the directives
    }

    [Fact]
    public async Task Action_submit_in_english_replies_with_a_message_and_card()
    {
        await _f.SubmitAsync(_f.Member("m048"), RelayCapability.Submit, RelayWorld.Form(_meeting.Id, "szgc", "2026-11-27", "班子会议,干部职工大会", 12), "en-US");
        var reply = await _f.NextReplyAsync(_f.Member("m048"), 1);
        var text = RelayFixture.Text(reply);
        Assert.Contains("Recorded for 市政工程处", text);
        Assert.Contains("has confirmed every required relay meeting", text);
        Assert.Equal(2, Records().Count);
    }

    [Fact]
    public async Task A_double_click_records_once_and_the_second_answer_shows_the_existing_values()
    {
        var form = RelayWorld.Form(_meeting.Id, "szgc", "2026-11-26", "班子会议,干部职工大会", 42);
        var clicks = await Task.WhenAll(_f.InvokeAsync(_head, RelayCapability.Submit, form), _f.InvokeAsync(_f.Member("m049"), RelayCapability.Submit, form));
        Assert.Equal(2, Records().Count);
        Assert.Single(clicks, c => RelayFixture.CardText(c).Contains("已记录"));
        var second = clicks.Single(c => !RelayFixture.CardText(c).Contains("已记录"));
        Assert.Contains("已确认过，未重复记录：班子会议（11月26日，42人）", RelayFixture.CardText(second));

        // A later submit with other values from the same (outdated) card changes nothing either.
        var late = await _f.InvokeAsync(_head, RelayCapability.Submit, RelayWorld.Form(_meeting.Id, "szgc", "2026-11-27", "干部职工大会", 50));
        Assert.Contains("已确认过", RelayFixture.CardText(late));
        Assert.All(Records(), r => Assert.Equal(42, r.Attendees));
        Assert.Equal(2, _f.Store.Lite().Audit.Count(a => a.EntityType == "relay" && a.Action == "confirm"));
    }

    [Fact]
    public async Task Opening_the_form_from_an_outdated_card_refreshes_it_instead()
    {
        await _f.InvokeAsync(_head, RelayCapability.Submit, RelayWorld.Form(_meeting.Id, "szgc", "2026-11-26", "班子会议,干部职工大会", 42));
        var body = await _f.InvokeAsync(_head, RelayCapability.Confirm, RelayWorld.Data(_meeting.Id, "szgc"));
        var text = RelayFixture.CardText(body);
        Assert.Contains("已确认过", text);
        Assert.DoesNotContain("Input.Date", body.ToJsonString());
        Assert.DoesNotContain(RelayCapability.Confirm, body["value"]!.ToJsonString()); // done: no confirm button any more
    }

    public static TheoryData<string, JsonNode?, string> BadValues => new()
    {
        { "2026-11-28", 42, "还没到" },
        { "2026-11-20", 42, "早于原会议" },
        { "2026-11-26", 0, "应当大于 0" },
        { "2026-11-26", -5, "应当大于 0" },
        { "2026-11-26", "很多", "应当是一个数字" },
        { "2026-11-26", 66, "远超本单位名册人数（5人）" },
        { "not a date", 42, "日期无法识别" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Bad_values_show_the_form_again_with_the_problem_and_record_nothing(string date, JsonNode? attendees, string expected)
    {
        var body = await _f.InvokeAsync(_head, RelayCapability.Submit, RelayWorld.Form(_meeting.Id, "szgc", date, "班子会议", attendees));
        Assert.Contains(expected, RelayFixture.CardText(body));
        Assert.Contains("Input.Number", body.ToJsonString());
        Assert.Empty(Records());
        Assert.Empty(_f.StatusCards());
    }

    [Fact]
    public async Task Sixty_five_attendees_is_still_plausible_for_a_unit_of_five()
    {
        await _f.InvokeAsync(_head, RelayCapability.Submit, RelayWorld.Form(_meeting.Id, "szgc", "2026-11-26", "班子会议", 65));
        Assert.Single(Records());
    }

    [Theory]
    [InlineData(MeetingStatus.Closed, "已办结")]
    [InlineData(MeetingStatus.Cancelled, "已撤销")]
    public async Task A_closed_or_cancelled_meeting_takes_no_confirmation(MeetingStatus status, string expected)
    {
        var m = RelayWorld.Meeting(_f.Store, id: "mt-old", status: status);
        var body = await _f.InvokeAsync(_head, RelayCapability.Submit, RelayWorld.Form(m.Id, "szgc", "2026-11-26", "班子会议", 42));
        Assert.Contains(expected, body["value"]!.GetValue<string>());
        Assert.Empty(Records());
    }

    [Fact]
    public async Task A_meeting_that_does_not_exist_is_reported()
    {
        var body = await _f.InvokeAsync(_head, RelayCapability.Submit, RelayWorld.Form("nope", "szgc", "2026-11-26", "班子会议", 42), "en-US");
        Assert.Contains("can't find that meeting", body["value"]!.GetValue<string>());
        Assert.Empty(Records());
    }

    private async Task<IReadOnlyList<JsonObject>> WaitForStatusAsync(int count)
    {
        var until = Environment.TickCount64 + 10_000;
        while (_f.StatusCards().Count < count && Environment.TickCount64 < until) await Task.Delay(20);
        return _f.StatusCards();
    }
}
