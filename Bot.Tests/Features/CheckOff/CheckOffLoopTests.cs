using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;

namespace ChatBot.Bot.Tests.Features.CheckOff;

/// <summary>
/// The whole 销号 loop over HTTP: the real bot on Kestrel with the sample roster, card buttons posted
/// as a channel posts them, and the fake Bot Connector recording who receives what.
/// </summary>
public sealed class CheckOffLoopTests : IAsyncLifetime
{
    private BotFixture _f = null!;
    private Unit _unit = null!;
    private Member _head = null!, _liaison = null!, _deputy = null!;
    private List<Member> _office = null!;

    public async Task InitializeAsync()
    {
        _f = await BotFixture.StartAsync();
        _unit = _f.Unit("市政工程处");
        _head = _f.Member(m => m.HasRole(_unit.Id, UnitRole.Head));
        _liaison = _f.Member(m => m.HasRole(_unit.Id, UnitRole.Liaison));
        _deputy = _f.Member(m => m.HasRole(_unit.Id, UnitRole.Deputy));
        _office = _f.Store.Roster.Members().Where(m => m.IsOffice).ToList();
        _f.Store.Write(s => s.Items.Add(new Assignment
        {
            Id = "a3", Number = 3, DirectiveId = "d3", MeetingId = "mt1", UnitId = _unit.Id, Task = "凤凰山隧道二三期工程抢抓进度",
            Due = new DateOnly(2026, 12, 10), Status = AssignmentStatus.InProgress,
        }));
        // Everyone who will be told something has talked to the bot once, so it knows where to reach them.
        var everyone = _office.Append(_head).Append(_liaison).Append(_deputy).ToList();
        foreach (var m in everyone) await _f.SayAsync(m, "帮助");
        await _f.Connector.WaitForActivitiesAsync(everyone.Count);
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Request_then_approve_the_office_gets_the_card_and_the_unit_is_told()
    {
        var officeBefore = _office.ToDictionary(m => m.Id, m => _f.SentTo(m).Count);
        var deputyBefore = _f.SentTo(_deputy).Count;

        // The deputy presses 申请销号 on 我的待办, fills the form and submits it.
        await _f.PressAsync(_deputy, new JsonObject { ["verb"] = "checkOffRequest", ["item"] = 3 });
        var form = (await _f.WaitForNewAsync(_deputy, deputyBefore)).Last();
        Assert.Contains("申请销号 · 第3条", Activities.CardText(form));
        await _f.PressAsync(_deputy, new JsonObject { ["verb"] = "checkOffRequest", ["item"] = 3, ["form"] = true, ["note"] = "隧道主体已完工并通过验收" });
        var ack = (await _f.WaitForNewAsync(_deputy, deputyBefore, 2)).Last();
        Assert.Equal("已提交第3条的销号申请，等待办公室审核。", Activities.TextOf(ack));

        foreach (var office in _office)
        {
            var card = (await _f.WaitForNewAsync(office, officeBefore[office.Id])).Single();
            var text = Activities.CardText(card)!;
            Assert.Contains("销号申请 · 第3条", text);
            Assert.Contains("隧道主体已完工并通过验收", text);
            Assert.Contains("同意销号", text);
            Assert.Contains("退回", text);
        }

        var headBefore = _f.SentTo(_head).Count;
        var liaisonBefore = _f.SentTo(_liaison).Count;
        var deputyBeforeDecision = _f.SentTo(_deputy).Count;
        var approver = _office[0];
        var approverBefore = _f.SentTo(approver).Count;
        await _f.PressAsync(approver, new JsonObject { ["verb"] = "checkOffApprove", ["item"] = 3 });

        Assert.Equal("已同意第3条销号，事项已办结。", Activities.TextOf((await _f.WaitForNewAsync(approver, approverBefore)).Single()));
        foreach (var (member, before) in new[] { (_head, headBefore), (_liaison, liaisonBefore), (_deputy, deputyBeforeDecision) })
            Assert.Contains("已通过办公室审核，予以销号", Activities.TextOf((await _f.WaitForNewAsync(member, before)).Single()));
        Assert.Equal(AssignmentStatus.Closed, _f.Store.Items.Get("a3").Status);

        // Closed: gone from 我的待办, still in the ledger; a second approval changes nothing.
        var openBefore = _f.SentTo(_head).Count;
        await _f.SayAsync(_head, "我的待办");
        Assert.Equal("您目前没有待办事项。", Activities.TextOf((await _f.WaitForNewAsync(_head, openBefore)).Single()));
        var secondBefore = _f.SentTo(_office[1]).Count;
        await _f.PressAsync(_office[1], new JsonObject { ["verb"] = "checkOffApprove", ["item"] = 3 });
        Assert.Equal("第3条已销号，无需再次审核。", Activities.TextOf((await _f.WaitForNewAsync(_office[1], secondBefore)).Single()));
        Assert.Single(_f.Store.Audit.For("a3"), e => e.To == "Closed");
    }

    [Fact]
    public async Task Request_then_send_back_with_a_reason_in_english()
    {
        var officeBefore = _f.SentTo(_office[1]).Count;
        var headBefore = _f.SentTo(_head).Count;
        await _f.PressAsync(_head, new JsonObject { ["verb"] = "checkOffRequest", ["item"] = 3, ["form"] = true, ["note"] = "done" }, "en-US");
        Assert.Equal("Check-off requested for item 3; the office will verify it.", Activities.TextOf((await _f.WaitForNewAsync(_head, headBefore)).Single()));
        var card = (await _f.WaitForNewAsync(_office[1], officeBefore)).Single();

        // The office member opens 退回 on the card, types the reason and submits.
        var reasonSubmit = Activities.FindSubmit(card["attachments"]![0]!["content"]!, "checkOffReturn")!;
        reasonSubmit["reason"] = "缺少竣工验收报告";
        reasonSubmit["verb"] = "checkOffReturn";
        var liaisonBefore = _f.SentTo(_liaison).Count;
        headBefore = _f.SentTo(_head).Count;
        await _f.PressAsync(_office[1], reasonSubmit);

        // Each in their own language: the head last wrote in English, the liaison in Chinese.
        Assert.Contains("Reason: 缺少竣工验收报告", Activities.TextOf((await _f.WaitForNewAsync(_head, headBefore)).Single()));
        Assert.Contains("理由：缺少竣工验收报告", Activities.TextOf((await _f.WaitForNewAsync(_liaison, liaisonBefore)).Single()));
        Assert.Equal(AssignmentStatus.SentBack, _f.Store.Items.Get("a3").Status);
        Assert.Equal("缺少竣工验收报告", CheckOffRecords.For(_f.Store, "a3").Single().Reason);
    }

}
