using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Features.OpenItems;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Features.Audit;
using ChatBot.Dialogs.Features.CheckOff;
using ChatBot.Dialogs.Features.OpenItems;

namespace ChatBot.Bot.Tests.Features.CheckOff;

/// <summary>销号 through the turn engine: who may ask, who decides, who is told, and what is refused.</summary>
public sealed class CheckOffTests : IDisposable
{
    private readonly ItemsWorld _w = new();

    public CheckOffTests()
    {
        _w.Add(3, "szgc", "凤凰山隧道二三期工程抢抓进度", ItemsWorld.Today.AddDays(20), AssignmentStatus.InProgress, assignees: "staff");
        _w.Add(7, "rsk", "三年目标任务谋划", ItemsWorld.Today);
    }

    public void Dispose() => _w.Dispose();

    private Task<TurnResult> Request(string member, string item = "3", string? note = "已完成全部工程", params IncomingFile[] files) =>
        _w.Say(member, note is null ? Intent.Of(CheckOffRequestCapability.Request, ("item", item)) : Intent.Of(CheckOffRequestCapability.Request, ("item", item), ("note", note)), files: files);

    [Fact]
    public async Task A_request_with_evidence_awaits_the_office_and_every_office_member_gets_a_card()
    {
        var result = await Request("liaison", files: new IncomingFile("验收报告.pdf", "application/pdf", "https://files.example/1", 1234));

        Assert.Equal("已提交第3条的销号申请（附件 1 个），等待办公室审核。", result.Text());
        Assert.Equal(AssignmentStatus.CheckOffRequested, _w.Item(3).Status);
        var record = Assert.Single(CheckOffRecords.For(_w.Store, "a3"));
        Assert.Equal(("已完成全部工程", "liaison", CheckOffDecision.Pending), (record.Note, record.RequestedBy, record.Decision));
        Assert.Equal("https://files.example/1", Assert.Single(record.Evidence).Url);

        Assert.Equal(["office1", "office2"], result.Proactive.Select(p => p.MemberId).Order());
        var card = result.Proactive[0].Message.Card!;
        var text = string.Join("\n", Answers.Strings(card));
        Assert.Contains("销号申请 · 第3条", text);
        Assert.Contains("任强", text);
        Assert.Contains("验收报告.pdf", text);
        var verbs = Answers.Submits(card).Select(d => d["verb"]!.GetValue<string>()).ToList();
        Assert.Equal([CheckOffDecisionCapability.Approve, CheckOffDecisionCapability.Return, ItemHistoryCapability.History], verbs);
        Assert.Contains("\"id\":\"reason\"", card.ToJsonString());
    }

    [Theory]
    [InlineData("staff")]    // assigned, but staff don't act for the unit
    [InlineData("leader")]
    [InlineData("office1")]  // the office decides; it does not ask
    public async Task Someone_without_the_units_role_cannot_request(string member)
    {
        var before = _w.Snapshot();
        var result = await Request(member);
        Assert.Equal("只有市政工程处的负责人、副职或联络员可以为第3条申请销号。", result.Text());
        Assert.Empty(result.Proactive);
        Assert.Equal(before, _w.Snapshot());
    }

    [Fact]
    public async Task A_second_request_while_one_is_pending_is_refused()
    {
        await Request("head");
        var before = _w.Snapshot();
        var again = await Request("deputy");
        Assert.Equal("第3条已有销号申请正在等待办公室审核，无需重复申请。", again.Text());
        Assert.Empty(again.Proactive);
        Assert.Equal(before, _w.Snapshot());
    }

    [Fact]
    public async Task Without_a_note_the_button_opens_a_form_and_an_empty_submit_asks_again()
    {
        var form = await _w.Press("head", CheckOffRequestCapability.Request, 3);
        Assert.Contains("\"id\":\"note\"", form.Card().ToJsonString());
        var submit = Answers.Submits(form.Card()).Single();
        var before = _w.Snapshot();
        submit["note"] = "";
        Assert.Contains("请填写办结情况说明。", (await _w.Press("head", submit)).Text());
        Assert.Equal(before, _w.Snapshot());
        submit["note"] = "工程已竣工验收";
        Assert.StartsWith("已提交第3条的销号申请", (await _w.Press("head", submit)).Text());
    }

    [Fact]
    public async Task Approval_closes_the_item_tells_the_unit_and_it_leaves_open_items_but_stays_in_the_ledger()
    {
        await Request("deputy");
        var result = await _w.Press("office1", CheckOffDecisionCapability.Approve, 3);

        Assert.Equal("已同意第3条销号，事项已办结。", result.Text());
        Assert.Equal(AssignmentStatus.Closed, _w.Item(3).Status);
        // head and liaison of the unit, and the deputy who asked
        Assert.Equal(["deputy", "head", "liaison"], result.Proactive.Select(p => p.MemberId).Order());
        Assert.All(result.Proactive, p => Assert.Contains("第3条“凤凰山隧道二三期工程抢抓进度”已通过办公室审核，予以销号", p.Message.Text));
        var record = Assert.Single(CheckOffRecords.For(_w.Store, "a3"));
        Assert.Equal((CheckOffDecision.Approved, "office1"), (record.Decision, record.DecidedBy));

        var open = await _w.Say("head", Intent.Of(OpenItemsCapability.OpenItems));
        Assert.Equal("您目前没有待办事项。", open.Text());
        Assert.NotNull(_w.Store.Items.Get("a3"));
    }

    [Fact]
    public async Task Sending_back_needs_a_reason_tells_the_unit_why_and_the_unit_may_ask_again()
    {
        await Request("head");
        var form = await _w.Press("office2", CheckOffDecisionCapability.Return, 3);
        Assert.Contains("\"id\":\"reason\"", form.Card().ToJsonString());
        Assert.Equal(AssignmentStatus.CheckOffRequested, _w.Item(3).Status);

        var result = await _w.Say("office2", Intent.Of(CheckOffDecisionCapability.Return, ("item", "3"), ("reason", "缺少竣工验收材料")));
        Assert.Equal("已退回第3条，已通知承办单位。", result.Text());
        Assert.Equal(AssignmentStatus.SentBack, _w.Item(3).Status);
        Assert.Equal(["head", "liaison"], result.Proactive.Select(p => p.MemberId).Order());
        Assert.All(result.Proactive, p => Assert.Contains("理由：缺少竣工验收材料", p.Message.Text));

        // Still open for the unit, marked sent back; a new request is a new record.
        Assert.Contains("已退回", (await _w.Say("head", Intent.Of(OpenItemsCapability.OpenItems))).All());
        var again = await Request("head", note: "已补充验收材料");
        Assert.StartsWith("已提交第3条的销号申请", again.Text());
        Assert.Equal(2, CheckOffRecords.For(_w.Store, "a3").Count);
    }

    [Theory]
    [InlineData(AssignmentStatus.Closed, "第3条已销号，无需再次审核。")]
    [InlineData(AssignmentStatus.SentBack, "第3条已被退回，正等待单位重新申请销号。")]
    [InlineData(AssignmentStatus.InProgress, "第3条没有待审核的销号申请。")]
    public async Task The_office_deciding_an_item_not_awaiting_check_off_is_told_and_nothing_changes(AssignmentStatus status, string expected)
    {
        await Request("head");
        if (status == AssignmentStatus.Closed) await _w.Press("office1", CheckOffDecisionCapability.Approve, 3);
        if (status == AssignmentStatus.SentBack) await _w.Say("office1", Intent.Of(CheckOffDecisionCapability.Return, ("item", "3"), ("reason", "材料不全")));
        if (status == AssignmentStatus.InProgress) _w.Store.Write(s => { var a = s.Items.Get("a3"); a.Status = AssignmentStatus.InProgress; s.Items.Update(a); });

        var before = _w.Snapshot();
        var approve = await _w.Press("office2", CheckOffDecisionCapability.Approve, 3);
        var sendBack = await _w.Say("office2", Intent.Of(CheckOffDecisionCapability.Return, ("item", "3"), ("reason", "再看看")));
        Assert.Equal(expected, approve.Text());
        Assert.Equal(expected, sendBack.Text());
        Assert.Empty(approve.Proactive);
        Assert.Equal(before, _w.Snapshot());
    }

    [Fact]
    public async Task Only_the_office_decides()
    {
        await Request("head");
        var before = _w.Snapshot();
        var result = await _w.Press("head", CheckOffDecisionCapability.Approve, 3);
        Assert.Equal("只有局办公室（督办员）可以审核销号。", result.Text());
        Assert.Equal(before, _w.Snapshot());
    }

    [Theory]
    [InlineData("99")]
    [InlineData("7")] // another unit's item
    public async Task An_item_that_does_not_exist_or_is_not_visible_is_refused(string item)
    {
        var before = _w.Snapshot();
        var result = await Request("head", item);
        Assert.Equal($"没有找到您可以查看的第{item}条事项。请发送“我的待办”核对编号。", result.Text());
        Assert.Equal(before, _w.Snapshot());
    }

    [Fact]
    public async Task English_speakers_request_and_decide_in_english()
    {
        var asked = await _w.Say("head", Intent.Of(CheckOffRequestCapability.Request, ("item", "3"), ("note", "done")), "en-US");
        Assert.Equal("Check-off requested for item 3; the office will verify it.", asked.Text());
        var again = await _w.Say("head", Intent.Of(CheckOffRequestCapability.Request, ("item", "3"), ("note", "done")), "en-US");
        Assert.Equal("Item 3 already has a check-off request waiting for the office.", again.Text());
        var approved = await _w.Press("office1", new JsonObject { ["verb"] = CheckOffDecisionCapability.Approve.Name, ["item"] = 3 }, "en-US");
        Assert.Equal("Check-off of item 3 approved; the item is closed.", approved.Text());
    }
}
