using ChatBot.Bot.Tests.Features.OpenItems;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Audit;
using ChatBot.Dialogs.Features.CheckOff;
using ChatBot.Dialogs.Features.Progress;

namespace ChatBot.Bot.Tests.Features.Audit;

/// <summary>The audit trail (留痕) of an item and "第3条 记录": every change with who, when, from → to and the activity.</summary>
public sealed class ProgressAndCheckOffHistoryTests : IDisposable
{
    private readonly ItemsWorld _w = new();

    public ProgressAndCheckOffHistoryTests() =>
        _w.Add(3, "szgc", "凤凰山隧道二三期工程抢抓进度", ItemsWorld.Today.AddDays(20), AssignmentStatus.SignedFor, assignees: "staff");

    public void Dispose() => _w.Dispose();

    /// <summary>Progress, a request sent back, a second request approved — an hour apart each.</summary>
    private async Task LiveTheItemsLife()
    {
        await _w.Say("staff", Intent.Of(ProgressCapability.Report, ("item", "3"), ("text", "已完成招标"), ("percent", "40")));
        _w.Clock.Advance(TimeSpan.FromHours(1));
        await _w.Say("head", Intent.Of(CheckOffRequestCapability.Request, ("item", "3"), ("note", "主体完工")));
        _w.Clock.Advance(TimeSpan.FromHours(1));
        await _w.Say("office1", Intent.Of(CheckOffDecisionCapability.Return, ("item", "3"), ("reason", "缺少验收报告")));
        _w.Clock.Advance(TimeSpan.FromHours(1));
        await _w.Say("liaison", Intent.Of(CheckOffRequestCapability.Request, ("item", "3"), ("note", "已补充验收报告")));
        _w.Clock.Advance(TimeSpan.FromHours(1));
        await _w.Press("office2", CheckOffDecisionCapability.Approve, 3);
    }

    [Fact]
    public async Task Every_state_change_is_audited_with_who_when_from_to_and_the_activity()
    {
        await LiveTheItemsLife();
        // Entries of one instant have no order of their own; status moves are listed before field changes.
        var trail = _w.Store.Audit.For("a3").OrderBy(e => e.At).ThenBy(e => e.Action == "percent").Select(e => (e.Action, e.From, e.To, e.ActorMemberId, e.At - ItemsWorld.Now)).ToList();
        Assert.Equal(
        [
            (ProgressCapability.Report, "SignedFor", "InProgress", "staff", TimeSpan.Zero),
            ("percent", null, "40", "staff", TimeSpan.Zero),
            (CheckOffRequestCapability.Request, "InProgress", "CheckOffRequested", "head", TimeSpan.FromHours(1)),
            (CheckOffDecisionCapability.Return, "CheckOffRequested", "SentBack", "office1", TimeSpan.FromHours(2)),
            (CheckOffRequestCapability.Request, "SentBack", "CheckOffRequested", "liaison", TimeSpan.FromHours(3)),
            (CheckOffDecisionCapability.Approve, "CheckOffRequested", "Closed", "office2", TimeSpan.FromHours(4)),
        ], trail);
        var activities = _w.Store.Audit.For("a3").Select(e => e.ActivityId).ToList();
        Assert.All(activities, id => Assert.StartsWith("act-", id));
        Assert.Equal(5, activities.Distinct().Count()); // one activity made the first two
    }

    [Fact]
    public async Task The_history_lists_changes_reports_notes_and_reasons_in_time_order()
    {
        await LiveTheItemsLife();
        var all = (await _w.Say("leader", Intent.Of(ItemHistoryCapability.History, ("item", "3")))).All();
        string[] expected =
        [
            "第3条 · 办理记录",
            "已销号",
            "**11月27日 10:00** · 沈娟", "报告进展：已完成招标（完成 40%）",
            "报告进展：已签收 → 推进中",
            "完成进度 — → 40%",
            "**11月27日 11:00** · 吕建华", "申请销号：主体完工",
            "申请销号：推进中 → 待销号审核",
            "退回理由：缺少验收报告",
            "退回：待销号审核 → 已退回",
            "申请销号：已补充验收报告",
            "**11月27日 14:00** · 杨丽", "同意销号：待销号审核 → 已销号",
        ];
        var at = 0;
        foreach (var line in expected)
        {
            var i = all.IndexOf(line, at, StringComparison.Ordinal);
            Assert.True(i >= 0, $"\"{line}\" missing after position {at} in:\n{all}");
            at = i + line.Length;
        }
    }

    [Fact]
    public async Task The_history_speaks_english_too()
    {
        await LiveTheItemsLife();
        var all = (await _w.Press("head", new System.Text.Json.Nodes.JsonObject { ["verb"] = ItemHistoryCapability.History.Name, ["item"] = 3 }, "en-US")).All();
        Assert.Contains("Item 3 · history", all);
        Assert.Contains("progress report: signed for → in progress", all);
        Assert.Contains("reason for sending back: 缺少验收报告", all);
        Assert.Contains("check-off approved: check-off requested → closed", all);
    }

    [Theory]
    [InlineData("staff2")] // staff of the unit, not assigned
    [InlineData("rskHead")]
    public async Task Only_those_who_may_see_the_item_get_its_history(string member)
    {
        var result = await _w.Say(member, Intent.Of(ItemHistoryCapability.History, ("item", "3")));
        Assert.Equal("没有找到您可以查看的第3条事项。请发送“我的待办”核对编号。", result.Text());
    }

    [Fact]
    public async Task An_item_with_no_changes_yet_says_so()
    {
        var all = (await _w.Say("head", Intent.Of(ItemHistoryCapability.History, ("item", "3")))).All();
        Assert.Contains("暂无办理记录。", all);
    }
}
