using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Features.OpenItems;
using ChatBot.Bot.Tests.Features.Reminders;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Extension;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Features.Audit;
using ChatBot.Dialogs.Features.OpenItems;

namespace ChatBot.Bot.Tests.Features.Extension;

/// <summary>
/// 延期申请 through the real turn engine on a LiteDB file: who may ask, who decides, what moves (the
/// deadline, the reminders, the history) and every bad input that must change nothing.
/// </summary>
public sealed class ExtensionTests : IDisposable
{
    private static readonly DateOnly Due = ItemsWorld.Today.AddDays(13);    // 2026-12-10
    private static readonly DateOnly Later = ItemsWorld.Today.AddDays(23);  // 2026-12-20
    private readonly ItemsWorld _w = new();

    public ExtensionTests()
    {
        _w.Add(3, "szgc", "凤凰山隧道二三期工程抢抓进度", Due, AssignmentStatus.InProgress, assignees: "staff");
        _w.Add(7, "rsk", "三年目标任务谋划", Due);
    }

    public void Dispose() => _w.Dispose();

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    private Task<TurnResult> Ask(string member, string item = "3", DateOnly? to = null, string? reason = "招标流标，需重新招标", string locale = "zh-CN")
    {
        var slots = new List<(string, string)> { ("item", item), ("date", Iso(to ?? Later)) };
        if (reason is not null) slots.Add(("reason", reason));
        slots.Add(("progress", "已完成设计"));
        return _w.Say(member, Intent.Of(ExtensionRequestCapability.Request, [.. slots]), locale);
    }

    private static JsonObject Button(JsonObject card, string verb) => Answers.Submits(card).First(d => d["verb"]!.GetValue<string>() == verb).DeepClone().AsObject();

    [Fact]
    public async Task A_request_waits_for_the_office_and_every_office_member_gets_a_card_to_decide()
    {
        var result = await Ask("deputy");

        Assert.Equal("已提交第3条的延期申请（延期至2026年12月20日），等待办公室审批。", result.Text());
        Assert.Equal(Due, _w.Item(3).Due);
        var record = Assert.Single(_w.Store.Extensions.All());
        Assert.Equal((Due, Later, "招标流标，需重新招标", "已完成设计", "deputy", ExtensionDecision.Pending),
            ((DateOnly)record.FromDue!, record.ToDue, record.Reason, record.Progress, record.RequestedBy, record.Decision));
        var audit = _w.Store.Audit.For("a3").Single();
        Assert.Equal((AuditActions.ExtensionRequest, "2026-12-10", "2026-12-20"), (audit.Action, audit.From, audit.To));

        Assert.Equal(["office1", "office2"], result.Proactive.Select(p => p.MemberId).Order());
        var card = result.Proactive[0].Message.Card!;
        var text = string.Join("\n", Answers.Strings(card));
        Assert.Contains("延期申请 · 第3条", text);
        Assert.Contains("丁红梅", text);
        Assert.Contains("2026年12月20日", text);
        Assert.Contains("原因：招标流标，需重新招标", text);
        Assert.Contains("目前进展：已完成设计", text);
        Assert.Equal([ExtensionDecisionCapability.Approve, ExtensionDecisionCapability.Refuse, ItemHistoryCapability.History], Answers.Submits(card).Select(d => d["verb"]!.GetValue<string>()));
        Assert.Equal(record.Id, Button(card, ExtensionDecisionCapability.Approve)["request"]!.GetValue<string>());
    }

    [Fact]
    public async Task Approval_moves_the_deadline_keeps_the_first_one_tells_the_unit_and_the_history_shows_both()
    {
        var card = (await Ask("deputy")).Proactive[0].Message.Card!;
        var result = await _w.Press("office1", Button(card, ExtensionDecisionCapability.Approve));

        Assert.Equal("已同意第3条延期：截止日期由2026年12月10日调整为2026年12月20日，已通知承办单位。", result.Text());
        var item = _w.Item(3);
        Assert.Equal((Later, Due, AssignmentStatus.InProgress), ((DateOnly)item.Due!, (DateOnly)item.OriginalDue!, item.Status));
        Assert.Equal(["deputy", "head", "liaison"], result.Proactive.Select(p => p.MemberId).Order());
        Assert.All(result.Proactive, p => Assert.Contains("延期申请已获同意：截止日期由2026年12月10日调整为2026年12月20日", p.Message.Text));
        var record = Assert.Single(_w.Store.Extensions.All());
        Assert.Equal((ExtensionDecision.Approved, "office1"), (record.Decision, record.DecidedBy));

        var history = (await _w.Press("head", ItemHistoryCapability.History, 3)).All();
        Assert.Contains("原截止", history);
        Assert.Contains("申请延期至2026年12月20日（原截止 2026年12月10日），原因：招标流标，需重新招标；目前进展：已完成设计", history);
        Assert.Contains("同意延期：截止日期 2026年12月10日 → 2026年12月20日", history);
    }

    [Fact]
    public async Task Reminders_follow_the_new_deadline()
    {
        var policy = ReminderWorld.Policy();
        // Three working days before the first deadline: the yellow reminder is due.
        var before = ReminderWorld.At(2026, 12, 7);
        Assert.Contains(policy.Due(before, _w.Store.ReadSnapshot()), d => d.Assignment?.Number == 3 && d.Kind == ReminderKind.Approaching);

        var card = (await Ask("head")).Proactive[0].Message.Card!;
        await _w.Press("office2", Button(card, ExtensionDecisionCapability.Approve));

        var after = policy.Due(before, _w.Store.ReadSnapshot());
        Assert.DoesNotContain(after, d => d.Assignment?.Number == 3);
        // …and comes three working days before the new one (Tuesday 15 December; the 20th is a Sunday).
        var yellow = policy.Due(ReminderWorld.At(2026, 12, 15), _w.Store.ReadSnapshot()).Single(d => d.Assignment?.Number == 3);
        Assert.Equal((ReminderKind.Approaching, (DateOnly?)Later), (yellow.Kind, yellow.Due));
    }

    [Fact]
    public async Task Refusing_needs_a_reason_keeps_the_deadline_and_tells_the_unit_why()
    {
        var card = (await Ask("head")).Proactive[0].Message.Card!;
        var refuse = Button(card, ExtensionDecisionCapability.Refuse);
        var before = _w.Snapshot();
        refuse["reason"] = "";
        var empty = await _w.Press("office1", refuse);
        Assert.Contains("请填写不同意的理由。", empty.Text());
        Assert.Contains("\"id\":\"reason\"", empty.Card().ToJsonString());
        Assert.Equal(before, _w.Snapshot());

        refuse["reason"] = "工期不能再拖";
        var result = await _w.Press("office1", refuse);
        Assert.Equal("已答复第3条不予延期，截止日期不变，已通知承办单位。", result.Text());
        Assert.Equal(Due, _w.Item(3).Due);
        Assert.Null(_w.Item(3).OriginalDue);
        Assert.Equal(["head", "liaison"], result.Proactive.Select(p => p.MemberId).Order());
        Assert.All(result.Proactive, p => Assert.Contains("理由：工期不能再拖。截止日期仍为2026年12月10日", p.Message.Text));
        Assert.Contains("不同意延期，理由：工期不能再拖", (await _w.Press("head", ItemHistoryCapability.History, 3)).All());

        // Refused: the unit may ask again, as a new record.
        Assert.StartsWith("已提交第3条的延期申请", (await Ask("head", to: Later.AddDays(5))).Text());
        Assert.Equal(2, _w.Store.Extensions.All().Count);
    }

    public static TheoryData<string, DateOnly, string?, string> BadRequests => new()
    {
        { "head", Due, "招标流标", "新的截止日期须晚于第3条现在的截止日期（2026年12月10日）。" },
        { "head", Due.AddDays(-1), "招标流标", "新的截止日期须晚于第3条现在的截止日期（2026年12月10日）。" },
        { "head", ItemsWorld.Today.AddDays(-3), "招标流标", "2026年11月24日不在今天（2026年11月27日）之后，请给出今后的日期。" },
        { "head", ItemsWorld.Today, "招标流标", "2026年11月27日不在今天（2026年11月27日）之后，请给出今后的日期。" },
        { "head", Later, null, "请写明申请延期的原因。" },
        { "staff", Later, "招标流标", "只有市政工程处的负责人、副职或联络员可以为第3条申请延期。" },
        { "leader", Later, "招标流标", "只有市政工程处的负责人、副职或联络员可以为第3条申请延期。" },
        { "office1", Later, "招标流标", "只有市政工程处的负责人、副职或联络员可以为第3条申请延期。" },
        { "rskHead", Later, "招标流标", "没有找到您可以查看的第3条事项。请发送“我的待办”核对编号。" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_gets_a_clear_answer_and_nothing_changes(string member, DateOnly to, string? reason, string expected)
    {
        var before = _w.Snapshot();
        var result = await Ask(member, to: to, reason: reason);
        Assert.Equal(expected, result.Text());
        Assert.Empty(result.Proactive);
        Assert.Equal(before, _w.Snapshot());
    }

    [Fact]
    public async Task A_second_request_while_one_waits_and_a_request_for_a_closed_item_are_refused()
    {
        await Ask("head");
        var before = _w.Snapshot();
        var again = await Ask("liaison", to: Later.AddDays(3));
        Assert.Equal("第3条已有一份延期申请（延期至2026年12月20日）正在等待审批，请等待答复后再申请。", again.Text());
        Assert.Equal(before, _w.Snapshot());

        _w.Add(4, "szgc", "道路修补", Due, AssignmentStatus.Closed);
        before = _w.Snapshot();
        Assert.Equal("第4条已销号，无需延期。", (await Ask("head", item: "4")).Text());
        Assert.Equal(before, _w.Snapshot());
    }

    [Fact]
    public async Task The_button_opens_a_form_and_a_typed_request_without_a_date_asks_for_one()
    {
        var open = await _w.Say("head", Intent.Of(OpenItemsCapability.OpenItems));
        var press = Button(open.Card(), ExtensionRequestCapability.Request);
        var form = await _w.Press("head", press);
        Assert.Equal("", form.Text());
        var json = form.Card().ToJsonString();
        Assert.Contains("\"type\":\"Input.Date\"", json);
        Assert.Contains("\"id\":\"reason\"", json);

        var submit = Button(form.Card(), ExtensionRequestCapability.Request);
        submit["date"] = Iso(Later);
        submit["reason"] = "";
        var before = _w.Snapshot();
        Assert.Contains("请写明申请延期的原因。", (await _w.Press("head", submit)).Text());
        Assert.Equal(before, _w.Snapshot());
        submit["date"] = "12/20";
        submit["reason"] = "招标流标";
        Assert.Contains("请写明新的截止日期", (await _w.Press("head", submit)).Text());
        Assert.Equal(before, _w.Snapshot());
        submit["date"] = Iso(Later);
        Assert.StartsWith("已提交第3条的延期申请", (await _w.Press("head", submit)).Text());

        // Typed without a date: told, and the form comes prefilled with the reason.
        var typed = await _w.Say("head", Intent.Of(ExtensionRequestCapability.Request, ("item", "7")));
        Assert.Contains("没有找到您可以查看的第7条事项", typed.Text());
        _w.Add(5, "szgc", "绿化补植", Due);
        var noDate = await _w.Say("head", Intent.Of(ExtensionRequestCapability.Request, ("item", "5"), ("reason", "苗木未到")));
        Assert.Contains("请写明新的截止日期", noDate.Text());
        Assert.Contains("苗木未到", Answers.Strings(noDate.Card()));
    }

    [Fact]
    public async Task Only_an_approver_decides_even_with_the_card_in_hand()
    {
        var card = (await Ask("head")).Proactive[0].Message.Card!;
        var before = _w.Snapshot();
        foreach (var other in new[] { "head", "deputy", "leader", "staff" })
        {
            var result = await _w.Press(other, Button(card, ExtensionDecisionCapability.Approve));
            Assert.Equal("只有局办公室（督办员）可以审批延期申请。", result.Text());
        }
        Assert.Contains("没有找到您可以查看的第3条事项", (await _w.Press("rskHead", Button(card, ExtensionDecisionCapability.Approve))).Text());
        Assert.Equal(before, _w.Snapshot());
    }

    [Fact]
    public async Task A_stale_card_says_who_already_decided_and_changes_nothing()
    {
        var card = (await Ask("head")).Proactive[0].Message.Card!;
        await _w.Press("office1", Button(card, ExtensionDecisionCapability.Approve));
        var before = _w.Snapshot();

        var second = await _w.Press("office2", Button(card, ExtensionDecisionCapability.Approve));
        Assert.Equal("第3条的这份延期申请已由黄杰同意，无需再次审批。", second.Text());
        var refuse = Button(card, ExtensionDecisionCapability.Refuse);
        refuse["reason"] = "太晚了";
        Assert.Equal("第3条的这份延期申请已由黄杰同意，无需再次审批。", (await _w.Press("office2", refuse)).Text());
        Assert.Equal("第3条没有待审批的延期申请。", (await _w.Say("office2", Intent.Of(ExtensionDecisionCapability.Approve, ("item", "3")))).Text());
        Assert.Equal(before, _w.Snapshot());
        Assert.Equal(Later, _w.Item(3).Due);
    }

    [Fact]
    public async Task A_request_on_an_item_closed_since_cannot_be_approved()
    {
        var card = (await Ask("head")).Proactive[0].Message.Card!;
        _w.Store.Write(s => { var a = s.Items.Get("a3")!; a.Status = AssignmentStatus.Closed; s.Items.Update(a); });
        var before = _w.Snapshot();
        Assert.Equal("第3条已销号，这份延期申请无需再审批。", (await _w.Press("office1", Button(card, ExtensionDecisionCapability.Approve))).Text());
        Assert.Equal(before, _w.Snapshot());
    }

    [Fact]
    public async Task With_the_leader_as_approver_the_leader_in_charge_gets_the_card_and_the_office_may_not_decide()
    {
        using var w = new ItemsWorld(new WorkflowOptions { ExtensionApprover = "leader" });
        w.Add(3, "szgc", "凤凰山隧道二三期工程抢抓进度", Due, AssignmentStatus.InProgress);
        w.Add(7, "rsk", "三年目标任务谋划", Due);

        var asked = await w.Say("head", Intent.Of(ExtensionRequestCapability.Request, ("item", "3"), ("date", Iso(Later)), ("reason", "招标流标")));
        Assert.Equal("已提交第3条的延期申请（延期至2026年12月20日），等待分管领导审批。", asked.Text());
        Assert.Equal(["leader"], asked.Proactive.Select(p => p.MemberId));
        var approve = Button(asked.Proactive[0].Message.Card!, ExtensionDecisionCapability.Approve);
        Assert.Equal("只有分管该单位的局领导可以审批第3条的延期申请。", (await w.Press("office1", approve)).Text());
        Assert.StartsWith("已同意第3条延期", (await w.Press("leader", approve)).Text());

        // No leader is in charge of 人事科: its requests go to the office.
        var other = await w.Say("rskHead", Intent.Of(ExtensionRequestCapability.Request, ("item", "7"), ("date", Iso(Later)), ("reason", "人员调整")));
        Assert.Equal(["office1", "office2"], other.Proactive.Select(p => p.MemberId).Order());
    }

    [Theory]
    [InlineData("Office", ExtensionApprover.Office)]
    [InlineData("leader", ExtensionApprover.Leader)]
    public void The_approver_setting_reads_office_or_leader(string said, ExtensionApprover expected)
    {
        var options = new WorkflowOptions { ExtensionApprover = said };
        options.Validate();
        Assert.Equal(expected, options.Approver);
    }

    [Fact]
    public void Any_other_approver_setting_stops_the_start_naming_the_key()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new WorkflowOptions { ExtensionApprover = "Director" }.Validate());
        Assert.Contains("Workflow:ExtensionApprover", e.Message);
    }

    [Fact]
    public async Task English_speakers_ask_and_decide_in_english()
    {
        _w.Store.Write(s => { var head = s.Roster.Member("head")!; head.Locale = "en-US"; s.Roster.UpdateMember(head); });
        var past = await Ask("liaison", item: "3", to: ItemsWorld.Today.AddDays(-1), locale: "en-US");
        Assert.Equal("Nov 26, 2026 is not after today (Nov 27, 2026); please give a future date.", past.Text());
        var asked = await Ask("head", locale: "en-US");
        Assert.Equal("Extension requested for item 3 (to Dec 20, 2026); waiting for the office to decide.", asked.Text());
        Assert.Equal("Item 3 already has an extension request (to Dec 20, 2026) waiting for a decision; please wait for the answer.",
            (await Ask("head", locale: "en-US")).Text());

        var card = asked.Proactive[0].Message.Card!;
        var refuse = Button(card, ExtensionDecisionCapability.Refuse);
        refuse["reason"] = "the budget year ends";
        var refused = await _w.Press("office1", refuse, "en-US");
        Assert.Equal("Extension of item 3 refused; the deadline stays and the unit has been told.", refused.Text());
        // Each notice in its reader's language: the head's client is English, the liaison's unknown (the bureau's Chinese).
        Assert.Contains("Reason: the budget year ends. The deadline stays Dec 10, 2026.", refused.Proactive.Single(p => p.MemberId == "head").Message.Text);
        Assert.Contains("理由：the budget year ends。截止日期仍为2026年12月10日", refused.Proactive.Single(p => p.MemberId == "liaison").Message.Text);
    }

    [Fact]
    public async Task A_request_the_model_read_is_shown_back_and_happens_only_when_the_person_confirms()
    {
        var proposed = new Intent(ExtensionRequestCapability.Request, new Dictionary<string, string> { ["item"] = "3", ["date"] = Iso(Later), ["reason"] = "招标流标" }) { ProposedByLlm = true };
        var before = _w.Snapshot();
        var shown = await _w.Say("head", proposed, text: "3号那件事能不能宽限到20号，招标流标了");
        Assert.Equal(before, _w.Snapshot());
        var confirm = Answers.Submits(shown.Card()).First(d => d["verb"]!.GetValue<string>() == "confirmProposal");

        var done = await _w.Press("head", confirm.DeepClone().AsObject());
        Assert.StartsWith("已提交第3条的延期申请", done.Text());
        Assert.Single(_w.Store.Extensions.All());
    }
}
