using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Features.Scoring;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Portfolio;
using static ChatBot.Bot.Tests.Features.Scoring.LeaderChat;

namespace ChatBot.Bot.Tests.Features.Portfolio;

/// <summary>我分管的 over HTTP on the real bot: the leader's summary card, its drill-down per unit, and everyone else told it is a leader's view.</summary>
public sealed class PortfolioLoopTests : IAsyncLifetime
{
    private BotFixture _f = null!;
    private LeaderChat _chat = null!;
    private Member _leader = null!, _office = null!, _head = null!;
    private Unit _engineering = null!;

    public async Task InitializeAsync()
    {
        _f = await BotFixture.StartAsync();
        _chat = new LeaderChat(_f);
        _engineering = _f.Unit("市政工程处");
        _leader = _f.Member(m => m.Name == "刘桂英");
        _office = _f.Member(m => m.Name == "陈国庆");
        _head = _f.Member(m => m.HasRole(_engineering.Id, UnitRole.Head));
        ScoringWorld.Seed(_f.Store, _engineering.Id, _f.Unit("市环卫处").Id, _office.Id);
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task A_leader_sees_each_unit_in_charge_and_drills_down_into_one()
    {
        var card = await _chat.SayAsync(_leader, "我分管的");
        var text = TextOf(card);
        Assert.Contains("您分管6个单位，逾期事项1项。", text);
        Assert.Contains("我分管的单位", text);
        Assert.Contains("6个单位：在办2项，本周到期1项，逾期1项，传达待确认1个", text);
        var units = card["attachments"]![0]!["content"]!["body"]!.AsArray().Where(n => n!["type"]!.GetValue<string>() == "Container")
            .Select(c => Infrastructure.Activities.CardText(new System.Text.Json.Nodes.JsonObject { ["attachments"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["content"] = c!.DeepClone() }) })!).ToList();
        Assert.Equal(6, units.Count);
        Assert.Contains(units, u => u.Contains("市政工程处") && u.Contains("在办 2 · 本周到期 1 · 逾期 1 · 传达待确认 1"));
        Assert.Contains(units, u => u.Contains("市环卫处") && u.Contains("在办 0 · 本周到期 0 · 逾期 0 · 传达待确认 0"));

        var unit = TextOf(await _chat.PressAsync(_leader, Button(card, PortfolioCapability.Unit, d => d["unitId"]!.GetValue<string>() == _engineering.Id)));
        Assert.Contains("市政工程处 · 在办事项", unit);
        Assert.Contains("🔴 第103条 第103项测试任务：推进道路整治 · 截止2026年11月20日 · 推进中", unit);
        Assert.Contains("🟡 第104条", unit);
        Assert.DoesNotContain("第101条", unit);
        Assert.Contains($"“{ScoringWorld.MeetingTitle}”，应于2026年11月15日前", unit);
    }

    [Fact]
    public async Task In_english()
    {
        var text = TextOf(await _chat.SayAsync(_leader, "my portfolio", "en-US"));
        Assert.Contains("You are in charge of 6 unit(s); 1 item(s) overdue.", text);
        Assert.Contains("open 2 · due this week 1 · overdue 1 · relay pending 1", text);
        Assert.Contains("Show items", text);
    }

    [Fact]
    public async Task Anyone_but_a_leader_is_told_it_is_a_leaders_view_and_a_unit_outside_the_portfolio_is_refused()
    {
        foreach (var who in new[] { _office, _head })
            Assert.Equal("“我分管的”供分管领导查看其分管单位；您没有分管单位。您的事项请问“我的待办”。", (await _chat.SayAsync(who, "我分管的"))["text"]!.GetValue<string>());
        Assert.Equal("\"My portfolio\" is for leaders and the units they are in charge of; you have none. For your items ask \"my open items\".",
            (await _chat.SayAsync(_head, "my portfolio", "en-US"))["text"]!.GetValue<string>());
        // A forged drill-down for a unit another leader is in charge of.
        var other = _f.Unit("局人事科");
        Assert.Equal("局人事科不在您的分管范围内。", (await _chat.PressAsync(_leader, new() { ["verb"] = "portfolioUnit", ["unitId"] = other.Id }))["text"]!.GetValue<string>());
        Assert.Equal("这个按钮已失效，请重新发送指令。", (await _chat.PressAsync(_leader, new() { ["verb"] = "portfolioUnit", ["unitId"] = "nope" }))["text"]!.GetValue<string>());
    }
}
