using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Bot.Tests.Features.Relay;

/// <summary>
/// 确认已传达 in free text. The understanding layer is scripted: each sentence is given the intent the
/// rules or the LLM produce for it, so these tests hold with and without an LLM.
/// </summary>
public class ConfirmByTextTests : IAsyncLifetime
{
    private RelayFixture _f = null!;
    private Member _head = null!;

    public async Task InitializeAsync()
    {
        _f = await RelayFixture.StartAsync();
        RelayWorld.Meeting(_f.Store, forms: [RelayForms.AllStaff]);
        _head = _f.Member("m047");
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private static Intent Said(params (string, string)[] slots) => Intent.Of(RelayCapability.Confirm, slots);
    private List<RelayConfirmation> Records() => _f.Store.Meetings.Confirmations().ToList();

    [Fact]
    public async Task A_full_sentence_gives_a_prefilled_card_and_typing_confirm_records_it()
    {
        await _f.SayAsync(_head, "我们处昨天下午开了干部职工大会传达了，42人参加",
            Said(("date", "2026-11-26"), ("forms", "干部职工大会"), ("attendees", "42"), ("unit", "我们处"), ("notes", "下午")));
        var card = await _f.NextReplyAsync(_head, 1);
        var text = RelayFixture.Text(card);
        Assert.Contains("请核对传达落实情况 · 市政工程处", text);
        Assert.Contains("确认", text);
        Assert.Contains("\"value\":42", card.ToJsonString());
        Assert.Contains("2026-11-26", card.ToJsonString());
        Assert.Empty(Records());

        await _f.SayAsync(_head, "确认");
        var done = RelayFixture.Text(await _f.NextReplyAsync(_head, 2));
        Assert.Contains("已记录 市政工程处 的传达落实：干部职工大会（11月26日，42人）", done);
        var record = Assert.Single(Records());
        Assert.Equal("下午", record.Notes);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("42人")]
    [InlineData("四十二人")]
    public async Task Missing_attendees_are_asked_for_and_the_answer_is_read(string answer)
    {
        await _f.SayAsync(_head, "我们处开了干部职工大会", Said(("date", "2026-11-26"), ("forms", "干部职工大会")));
        Assert.Contains("参会人数是多少？", RelayFixture.Text(await _f.NextReplyAsync(_head, 1)));
        await _f.SayAsync(_head, answer);
        var card = await _f.NextReplyAsync(_head, 2);
        Assert.Contains("\"value\":42", card.ToJsonString());
        // The prefilled card's one action records it too (Action.Submit carries the inputs).
        await _f.SubmitAsync(_head, RelayCapability.Submit, RelayWorld.Form("mt1", "szgc", "2026-11-26", "干部职工大会", 42));
        Assert.Contains("已记录", RelayFixture.Text(await _f.NextReplyAsync(_head, 3)));
        Assert.Equal(42, Assert.Single(Records()).Attendees);
    }

    [Fact]
    public async Task Slots_are_asked_one_at_a_time_and_a_bad_answer_is_asked_again()
    {
        await _f.SayAsync(_head, "传达了", Said());
        Assert.Contains("传达会议是哪天开的", RelayFixture.Text(await _f.NextReplyAsync(_head, 1)));
        await _f.SayAsync(_head, "明天");
        Assert.Contains("传达会议是哪天开的", RelayFixture.Text(await _f.NextReplyAsync(_head, 2)));
        await _f.SayAsync(_head, "11月30日");
        var future = RelayFixture.Text(await _f.NextReplyAsync(_head, 3));
        Assert.Contains("不能晚于今天", future);
        Assert.Contains("传达会议是哪天开的", future);
        await _f.SayAsync(_head, "昨天");
        // One form is required, so it is filled in; the head count is next.
        Assert.Contains("参会人数是多少？", RelayFixture.Text(await _f.NextReplyAsync(_head, 4)));
        await _f.SayAsync(_head, "0人");
        Assert.Contains("应当大于 0", RelayFixture.Text(await _f.NextReplyAsync(_head, 5)));
        await _f.SayAsync(_head, "好多人");
        Assert.Contains("参会人数是多少？", RelayFixture.Text(await _f.NextReplyAsync(_head, 6)));
        await _f.SayAsync(_head, "500");
        Assert.Contains("远超本单位名册人数", RelayFixture.Text(await _f.NextReplyAsync(_head, 7)));
        await _f.SayAsync(_head, "38");
        Assert.Contains("\"value\":38", (await _f.NextReplyAsync(_head, 8)).ToJsonString());
        Assert.Empty(Records());
    }

    [Fact]
    public async Task Cancel_drops_the_draft_and_records_nothing()
    {
        await _f.SayAsync(_head, "开了干部职工大会", Said(("date", "2026-11-26"), ("forms", "干部职工大会")));
        await _f.NextReplyAsync(_head, 1);
        await _f.SayAsync(_head, "取消");
        Assert.Contains("已取消", RelayFixture.Text(await _f.NextReplyAsync(_head, 2)));
        await _f.SayAsync(_head, "确认");
        await _f.NextReplyAsync(_head, 3);
        Assert.Empty(Records());
    }

    [Fact]
    public async Task A_draft_left_for_hours_expires_and_a_late_confirm_records_nothing()
    {
        await _f.SayAsync(_head, "开了干部职工大会，42人", Said(("date", "2026-11-26"), ("forms", "干部职工大会"), ("attendees", "42")));
        await _f.NextReplyAsync(_head, 1);
        _f.Clock.Advance(TimeSpan.FromHours(3));
        await _f.SayAsync(_head, "确认");
        await _f.NextReplyAsync(_head, 2);
        Assert.Empty(Records());
    }

    [Fact]
    public async Task English_works_the_same()
    {
        await _f.SayAsync(_head, "we held the all-staff meeting yesterday", Said(("date", "2026-11-26"), ("forms", "all-staff meeting")), "en-US");
        Assert.Contains("How many people attended?", RelayFixture.Text(await _f.NextReplyAsync(_head, 1)));
        await _f.SayAsync(_head, "40 people", locale: "en-US");
        Assert.Contains("Please check before confirming", RelayFixture.Text(await _f.NextReplyAsync(_head, 2)));
        await _f.SayAsync(_head, "yes", locale: "en-US");
        Assert.Contains("Recorded for 市政工程处", RelayFixture.Text(await _f.NextReplyAsync(_head, 3)));
        Assert.Equal(RelayForms.AllStaff, Assert.Single(Records()).Form);
    }

    [Fact]
    public async Task Attachments_are_kept_as_evidence_and_unsupported_or_oversized_ones_are_refused()
    {
        await _f.SayAsync(_head, "开了干部职工大会，42人，附会议记录和签到表",
            Said(("date", "2026-11-26"), ("forms", "干部职工大会"), ("attendees", "42")), "zh-CN",
            ("会议记录.pdf", "pdf", 0), ("签到表.jpg", "jpg", 0), ("宏.exe", "exe", 0));
        var text = RelayFixture.Text(await _f.NextReplyAsync(_head, 1));
        Assert.Contains("附件“宏.exe”的类型不支持", text);
        Assert.Contains("已收到 2 个佐证附件", text);
        await _f.SayAsync(_head, "确认");
        await _f.NextReplyAsync(_head, 2);
        var record = Assert.Single(Records());
        Assert.Equal(["会议记录.pdf", "签到表.jpg"], record.Evidence.Select(e => e.Name));
        Assert.Equal("application/pdf", record.Evidence[0].ContentType);
        Assert.Equal("https://files.example/会议记录.pdf", record.Evidence[0].Url);
    }

    [Fact]
    public void Oversized_files_are_refused_with_a_note()
    {
        var sorted = EvidencePolicy.Sort([new IncomingFile("照片.heic", "heic", "u1", 25L * 1024 * 1024), new IncomingFile("台账.xlsx", "xlsx", "u2", 1024),
            new IncomingFile("scan.exe", "application/pdf", "u3", 10)], Lang.Zh);
        Assert.Equal(["台账.xlsx"], sorted.Kept.Select(k => k.Name));
        Assert.Contains(sorted.Rejected, r => r.Contains("超过 20 MB"));
        Assert.Contains(sorted.Rejected, r => r.Contains("scan.exe"));
    }

    [Fact]
    public async Task A_second_typed_confirmation_of_the_same_form_is_told_it_was_done()
    {
        await _f.SayAsync(_head, "开了干部职工大会，42人", Said(("date", "2026-11-26"), ("forms", "干部职工大会"), ("attendees", "42")));
        await _f.NextReplyAsync(_head, 1);
        await _f.SayAsync(_head, "确认");
        await _f.NextReplyAsync(_head, 2);
        await _f.SayAsync(_head, "我们开了干部职工大会，50人", Said(("date", "2026-11-27"), ("forms", "干部职工大会"), ("attendees", "50")));
        Assert.Contains("已确认过，未重复记录：干部职工大会（11月26日，42人）", RelayFixture.Text(await _f.NextReplyAsync(_head, 3)));
        Assert.Equal(42, Assert.Single(Records()).Attendees);
    }
}
