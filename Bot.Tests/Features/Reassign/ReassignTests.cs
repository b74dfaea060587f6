using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Features.OpenItems;
using ChatBot.Bot.Tests.Features.Relay;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Understanding.Rules;
using ChatBot.Dialogs.Features.Audit;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Reassign;

namespace ChatBot.Bot.Tests.Features.Reassign;

/// <summary>
/// 退回 / 改派 through the real turn engine on a LiteDB file: the unit sends an item back with a reason,
/// the office reassigns it (the new unit gets the dispatch card, the old one is told) or keeps it with an
/// explanation; bad input, other people's clicks and stale cards change nothing.
/// </summary>
public sealed class ReassignTests : IDisposable
{
    private readonly ItemsWorld _w = new();

    public ReassignTests()
    {
        RelayWorld.Meeting(_w.Store, units: ["szgc"]);
        _w.Add(3, "szgc", "背街小巷环境整治", ItemsWorld.Today.AddDays(20), AssignmentStatus.SignedFor, assignees: "staff");
        _w.Add(7, "rsk", "三年目标任务谋划", ItemsWorld.Today);
    }

    public void Dispose() => _w.Dispose();

    private Task<TurnResult> SendBack(string member, string item = "3", string? reason = "该项属于人事科职责", string locale = "zh-CN") =>
        _w.Say(member, reason is null ? Intent.Of(SendBackCapability.Request, ("item", item)) : Intent.Of(SendBackCapability.Request, ("item", item), ("reason", reason)), locale);

    private static JsonObject Button(JsonObject card, string verb) => Answers.Submits(card).First(d => d["verb"]!.GetValue<string>() == verb).DeepClone().AsObject();

    [Fact]
    public async Task A_send_back_reaches_every_office_member_with_the_roster_to_choose_from()
    {
        var result = await SendBack("liaison");
        Assert.Equal("已将第3条退回办公室，等待办公室改派或答复。在此之前事项仍由本单位承办。", result.Text());
        Assert.Equal(("szgc", AssignmentStatus.SignedFor), (_w.Item(3).UnitId, _w.Item(3).Status));
        var record = Assert.Single(_w.Store.Reassignments.All());
        Assert.Equal(("该项属于人事科职责", "liaison", ReassignDecision.Pending), (record.Reason, record.RequestedBy, record.Decision));
        Assert.Equal(AuditActions.SendBackRequest, _w.Store.Audit.For("a3").Single().Action);

        Assert.Equal(["office1", "office2"], result.Proactive.Select(p => p.MemberId).Order());
        var card = result.Proactive[0].Message.Card!;
        var text = string.Join("\n", Answers.Strings(card));
        Assert.Contains("退回申请 · 第3条", text);
        Assert.Contains("原因：该项属于人事科职责", text);
        Assert.Contains("局人事科", text);          // a choice
        Assert.DoesNotContain("\"value\":\"szgc\"", card.ToJsonString()); // not back to the same unit
        Assert.Equal([ReassignDecisionCapability.Reassign, ReassignDecisionCapability.Keep, ItemHistoryCapability.History], Answers.Submits(card).Select(d => d["verb"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Reassigning_moves_the_item_tells_the_old_unit_and_gives_the_new_unit_the_dispatch_card()
    {
        var card = (await SendBack("head")).Proactive[0].Message.Card!;
        var press = Button(card, ReassignDecisionCapability.Reassign);
        press["unitId"] = "rsk";
        var result = await _w.Press("office1", press);

        Assert.Equal("已将第3条由市政工程处改派给局人事科，已通知双方。", result.Text());
        var item = _w.Item(3);
        Assert.Equal(("rsk", AssignmentStatus.Dispatched, (string?)null), (item.UnitId, item.Status, item.SignedBy));
        Assert.Empty(item.AssigneeMemberIds);
        // The old unit's head and liaison hear it went; the new unit's head gets the dispatch card.
        Assert.Equal(["head", "liaison", "rskHead"], result.Proactive.Select(p => p.MemberId).Order());
        Assert.All(result.Proactive.Where(p => p.MemberId != "rskHead"), p => Assert.Contains("已由办公室改派给局人事科", p.Message.Text));
        var dispatch = result.Proactive.Single(p => p.MemberId == "rskHead").Message;
        Assert.Equal("督办改派：第3条由市政工程处改派给本单位承办。", dispatch.Text);
        Assert.Contains("背街小巷环境整治", string.Join("\n", Answers.Strings(dispatch.Card)));

        // The new unit sees it in 我的待办, the old one no longer does; the history tells the whole story.
        Assert.Contains("背街小巷环境整治", (await _w.Say("rskHead", Intent.Of(OpenItemsCapability.OpenItems))).All());
        Assert.DoesNotContain("背街小巷环境整治", (await _w.Say("head", Intent.Of(OpenItemsCapability.OpenItems))).All());
        var history = (await _w.Press("office2", ItemHistoryCapability.History, 3)).All();
        Assert.Contains("退回（不属于本单位），原因：该项属于人事科职责", history);
        Assert.Contains("改派：市政工程处 → 局人事科", history);
    }

    [Fact]
    public async Task Typed_reassignment_names_the_unit_and_an_unknown_or_same_unit_is_refused()
    {
        await SendBack("head");
        var before = _w.Snapshot();
        Assert.Equal("名册中没有“火星工程处”这个单位，请核对名称。", (await _w.Say("office1", Intent.Of(ReassignDecisionCapability.Reassign, ("item", "3"), ("unit", "火星工程处")))).Text());
        Assert.Equal("第3条本来就由市政工程处承办；如要维持原单位，请用“仍由原单位办理”并写明理由。", (await _w.Say("office1", Intent.Of(ReassignDecisionCapability.Reassign, ("item", "3"), ("unit", "市政处")))).Text());
        Assert.Equal("请选择改派给哪个单位。", (await _w.Say("office1", Intent.Of(ReassignDecisionCapability.Reassign, ("item", "3")))).Text());
        Assert.Equal(before, _w.Snapshot());

        Assert.StartsWith("已将第3条由市政工程处改派给局人事科", (await _w.Say("office1", Intent.Of(ReassignDecisionCapability.Reassign, ("item", "3"), ("unit", "人事科")))).Text());
    }

    [Fact]
    public async Task Keeping_it_with_the_unit_needs_an_explanation_and_the_unit_hears_it()
    {
        var card = (await SendBack("head")).Proactive[0].Message.Card!;
        var keep = Button(card, ReassignDecisionCapability.Keep);
        var before = _w.Snapshot();
        Assert.Contains("请写明维持原单位办理的理由。", (await _w.Press("office2", keep)).Text());
        Assert.Equal(before, _w.Snapshot());

        keep["reason"] = "会议明确由市政工程处牵头";
        var result = await _w.Press("office2", keep);
        Assert.Equal("已答复第3条仍由市政工程处办理，已通知该单位。", result.Text());
        Assert.Equal("szgc", _w.Item(3).UnitId);
        Assert.Equal(["head", "liaison"], result.Proactive.Select(p => p.MemberId).Order());
        Assert.All(result.Proactive, p => Assert.Contains("说明：会议明确由市政工程处牵头", p.Message.Text));
        Assert.Contains("仍由原单位办理，说明：会议明确由市政工程处牵头", (await _w.Press("head", ItemHistoryCapability.History, 3)).All());
    }

    public static TheoryData<string, string, string?, string> BadSendBacks => new()
    {
        { "head", "3", null, "请写明退回的原因（为什么不属于本单位）。" },
        { "staff", "3", "不是我们的", "只有市政工程处的负责人、副职或联络员可以退回第3条。" },
        { "office1", "3", "不是我们的", "只有市政工程处的负责人、副职或联络员可以退回第3条。" },
        { "rskHead", "3", "不是我们的", "没有找到您可以查看的第3条事项。请发送“我的待办”核对编号。" },
    };

    [Theory]
    [MemberData(nameof(BadSendBacks))]
    public async Task A_bad_send_back_gets_a_clear_answer_and_nothing_changes(string member, string item, string? reason, string expected)
    {
        var before = _w.Snapshot();
        var result = await SendBack(member, item, reason);
        Assert.Equal(expected, result.Text());
        Assert.Empty(result.Proactive);
        Assert.Equal(before, _w.Snapshot());
    }

    [Fact]
    public async Task A_second_send_back_and_one_for_a_closed_item_are_refused()
    {
        await SendBack("head");
        _w.Add(4, "szgc", "道路修补", null, AssignmentStatus.Closed);
        var before = _w.Snapshot();
        Assert.Equal("第3条已经退回办公室，正在等待处理。", (await SendBack("deputy")).Text());
        Assert.Equal("第4条已销号，无需退回。", (await SendBack("head", "4")).Text());
        Assert.Equal(before, _w.Snapshot());
    }

    [Fact]
    public async Task Only_the_office_decides_and_a_stale_card_says_who_did()
    {
        var card = (await SendBack("head")).Proactive[0].Message.Card!;
        var press = Button(card, ReassignDecisionCapability.Reassign);
        press["unitId"] = "rsk";
        var before = _w.Snapshot();
        foreach (var other in new[] { "head", "leader", "rskHead" })
            Assert.Equal("只有局办公室（督办员）可以改派事项。", (await _w.Press(other, press)).Text());
        Assert.Equal(before, _w.Snapshot());

        await _w.Press("office1", press);
        before = _w.Snapshot();
        Assert.Equal("第3条的退回已由黄杰处理：改派给局人事科。", (await _w.Press("office2", press)).Text());
        var keep = Button(card, ReassignDecisionCapability.Keep);
        keep["reason"] = "再看看";
        Assert.Equal("第3条的退回已由黄杰处理：改派给局人事科。", (await _w.Press("office2", keep)).Text());
        Assert.Equal(before, _w.Snapshot());
    }

    [Fact]
    public async Task In_english()
    {
        var asked = await SendBack("head", reason: "this is the HR office's job", locale: "en-US");
        Assert.Equal("Item 3 has been sent back to the office, which will reassign it or answer. Until then it stays with your unit.", asked.Text());
        var done = await _w.Say("office1", Intent.Of(ReassignDecisionCapability.Reassign, ("item", "3"), ("unit", "局人事科")), "en-US");
        Assert.Equal("Item 3 reassigned from 市政工程处 to 局人事科; both units have been told.", done.Text());
    }

    // Attribute data must be constants, so these name the verbs by their wire names (which never change).
    [Theory]
    [InlineData("第3条不属于我们，原因：这是人事科的职责", "sendBackRequest", "3", "reason", "这是人事科的职责")]
    [InlineData("第五条不是我们单位的职责，申请退回，理由是应由执法大队负责", "sendBackRequest", "5", "reason", "应由执法大队负责")]
    [InlineData("item 3 is not ours, reason: the HR office handles hiring", "sendBackRequest", "3", "reason", "the HR office handles hiring")]
    [InlineData("第3条改派给局人事科", "reassignItem", "3", "unit", "局人事科")]
    [InlineData("reassign item 4 to 局人事科", "reassignItem", "4", "unit", "局人事科")]
    [InlineData("第3条仍由原单位办理，理由：会议已明确分工", "reassignKeep", "3", "reason", "会议已明确分工")]
    [InlineData("keep item 6 with the unit, reason: the minutes name them", "reassignKeep", "6", "reason", "the minutes name them")]
    public void The_rules_read_send_back_and_the_office_answers(string text, string intent, string item, string slot, string value)
    {
        var got = RuleIntentRecognizer.Recognize(text, ItemsWorld.Today);
        Assert.Equal((intent, item, value), (got.Name, got.Slot("item"), got.Slot(slot)));
    }
}
