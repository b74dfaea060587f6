using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Audit;
using ChatBot.Dialogs.Features.CheckOff;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Progress;
using ChatBot.Dialogs.Features.Extension;
using ChatBot.Dialogs.Features.Reassign;

namespace ChatBot.Bot.Tests.Features.OpenItems;

/// <summary>我的待办 through the turn engine: scope by role, order and lights on a fixed clock, filters, actions.</summary>
public sealed class OpenItemsTests : IDisposable
{
    private readonly ItemsWorld _w = new();
    private static readonly DateOnly Today = ItemsWorld.Today; // Friday; this week ends Sunday 29 November

    public OpenItemsTests()
    {
        _w.Store.Write(s => s.Lite().Meetings.InsertBulk(
        [
            new Meeting { Id = "mt1", Title = "局党组会议", Status = MeetingStatus.Dispatched },
            new Meeting { Id = "mt2", Title = "城建工作推进会", Status = MeetingStatus.Dispatched },
        ]));
        _w.Add(1, "szgc", "金南大道西延线督促施工方落实举措", Today.AddDays(-2), assignees: "staff");
        _w.Add(2, "szgc", "老城区地下管涵安全排查", Today.AddDays(1));
        _w.Add(3, "szgc", "凤凰山隧道二三期工程抢抓进度", Today.AddDays(20), AssignmentStatus.InProgress);
        _w.Add(4, "szgc", "春节亮化项目跟进协调", null);
        _w.Add(5, "rsk", "三年目标任务谋划", Today);
        _w.Add(6, "szgc", "已办结的事项", Today.AddDays(-9), AssignmentStatus.Closed);
        _w.Add(7, "rsk", "干部培训计划", Today.AddDays(3), assignees: "staff");
        _w.Add(8, "szgc", "城建项目周报", Today.AddDays(2), meetingId: "mt2");
    }

    public void Dispose() => _w.Dispose();

    private async Task<(int[] Numbers, string All, TurnResult Result)> Ask(string member, string locale = "zh-CN", params (string, string)[] slots)
    {
        var result = await _w.Say(member, Intent.Of(OpenItemsCapability.OpenItems, slots), locale);
        var all = result.All();
        var numbers = Regex.Matches(all, @"\*\*(?:第(\d+)条|Item (\d+))\*\*").Select(m => int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)).ToArray();
        return (numbers, all, result);
    }

    [Theory]
    [InlineData("staff", new[] { 1, 7 })]
    [InlineData("head", new[] { 1, 2, 8, 3, 4 })]
    [InlineData("liaison", new[] { 1, 2, 8, 3, 4 })]
    [InlineData("leader", new[] { 1, 2, 8, 3, 4 })]
    [InlineData("rskHead", new[] { 5, 7 })]
    [InlineData("office1", new[] { 1, 5, 2, 8, 7, 3, 4 })]
    public async Task Each_role_sees_its_scope_most_urgent_first(string member, int[] expected)
    {
        var (numbers, _, _) = await Ask(member);
        Assert.Equal(expected, numbers);
    }

    [Fact]
    public async Task Lights_follow_the_clock_red_yellow_green_grey()
    {
        var (_, all, _) = await Ask("head");
        Assert.Contains("🔴 **第1条** · 市政工程处 · 11月25日 已逾期 2 天", all);
        Assert.Contains("🟡 **第2条** · 市政工程处 · 11月28日 截止（还有 1 天）", all);
        Assert.Contains("🟢 **第3条** · 市政工程处 · 12月17日 截止（还有 20 天）", all);
        Assert.Contains("⚪ **第4条** · 市政工程处 · 待定时限（未写明）", all);
        // A day later item 3 is still green and item 2 is due today.
        _w.Clock.Advance(TimeSpan.FromDays(1));
        (_, all, _) = await Ask("head");
        Assert.Contains("🟡 **第2条** · 市政工程处 · 11月28日 今日到期", all);
    }

    [Fact]
    public async Task The_office_gets_a_per_unit_summary_before_the_items()
    {
        var (_, all, _) = await Ask("office1");
        Assert.Contains("范围：全局（督办员）", all);
        var summary = all.IndexOf("各单位未完成事项", StringComparison.Ordinal);
        Assert.True(summary > 0 && summary < all.IndexOf("**第1条**", StringComparison.Ordinal));
        Assert.Contains("5 · 🔴1 · 🟡2", all); // 市政工程处: 5 open, 1 overdue, 2 due soon
        Assert.Contains("2 · 🟡2", all);      // 局人事科
    }

    [Theory]
    [InlineData("due", "overdue", new[] { 1 }, "逾期事项（1 项）")]
    [InlineData("due", "soon", new[] { 5, 2, 8, 7 }, "即将到期事项（4 项）")]
    [InlineData("due", "thisWeek", new[] { 5, 2, 8 }, "本周到期事项（3 项）")]
    [InlineData("due", "today", new[] { 5 }, "今日到期事项（1 项）")]
    [InlineData("unit", "市政处", new[] { 1, 2, 8, 3, 4 }, "单位：市政工程处")]
    [InlineData("unit", "市政工程处的", new[] { 1, 2, 8, 3, 4 }, "单位：市政工程处")]
    [InlineData("meeting", "推进会", new[] { 8 }, "会议：城建工作推进会")]
    public async Task Filters_narrow_the_list(string slot, string value, int[] expected, string heading)
    {
        var (numbers, all, _) = await Ask("office1", "zh-CN", (slot, value));
        Assert.Equal(expected, numbers);
        Assert.Contains(heading, all);
    }

    [Fact]
    public async Task A_unit_filter_stays_inside_the_members_scope()
    {
        var (numbers, _, _) = await Ask("staff", "zh-CN", ("unit", "人事科"));
        Assert.Equal([7], numbers);
    }

    [Fact]
    public async Task Pending_check_off_and_closed_are_filters_too()
    {
        _w.Store.Write(s => { var a = s.Items.Get("a3"); a.Status = AssignmentStatus.CheckOffRequested; s.Items.Update(a); });
        var (pending, all, _) = await Ask("office1", "zh-CN", ("status", "pending"));
        Assert.Equal([3], pending);
        Assert.Contains("待销号审核事项（1 项）", all);
        var (closed, closedText, _) = await Ask("head", "zh-CN", ("status", "closed"));
        Assert.Equal([6], closed);
        Assert.Contains("✅ **第6条**", closedText);
    }

    [Fact]
    public async Task Unknown_unit_or_meeting_is_said_plainly()
    {
        var (_, unit, _) = await Ask("office1", "zh-CN", ("unit", "火星管理处"));
        Assert.Equal("名册中没有“火星管理处”这个单位，请检查单位名称或简称。", unit);
        var (_, meeting, _) = await Ask("office1", "en-US", ("meeting", "budget review"));
        Assert.Equal("No meeting has \"budget review\" in its title.", meeting);
    }

    [Fact]
    public async Task Nothing_matching_a_filter_is_not_the_same_as_nothing_open()
    {
        var (_, none, _) = await Ask("rskHead", "zh-CN", ("due", "overdue"));
        Assert.Equal("没有符合条件的待办事项。", none);
    }

    [Fact]
    public async Task Each_item_carries_its_actions_as_submits_with_the_item_number()
    {
        var (_, _, head) = await Ask("head");
        var submits = Answers.Submits(head.Card()).ToList();
        foreach (var n in new[] { 1, 2, 3, 4, 8 })
        {
            var verbs = submits.Where(d => d["item"]?.GetValue<int>() == n).Select(d => d["verb"]!.GetValue<string>()).ToList();
            // Only just dispatched (all but item 3, which is under way): the unit may still send it back as not theirs.
            List<string> expected = n == 3
                ? [ProgressCapability.Report, CheckOffRequestCapability.Request, ExtensionRequestCapability.Request, ItemHistoryCapability.History]
                : [ProgressCapability.Report, CheckOffRequestCapability.Request, ExtensionRequestCapability.Request, SendBackCapability.Request, ItemHistoryCapability.History];
            Assert.Equal(expected, verbs);
        }
        Assert.Contains("报告进展", head.All());
        Assert.Contains("申请销号", head.All());
        Assert.Contains("查看记录", head.All());

        // Staff report progress on their own items but don't ask for check-off; that is the unit's call.
        var (_, _, staff) = await Ask("staff");
        var staffVerbs = Answers.Submits(staff.Card()).Where(d => d["item"]?.GetValue<int>() == 1).Select(d => d["verb"]!.GetValue<string>());
        Assert.Equal([ProgressCapability.Report, ItemHistoryCapability.History], staffVerbs);

        // The leader watches: history only.
        var (_, _, leader) = await Ask("leader");
        Assert.All(Answers.Submits(leader.Card()).Where(d => d["item"] is not null), d => Assert.Equal(ItemHistoryCapability.History, d["verb"]!.GetValue<string>()));
    }

    [Fact]
    public async Task English_speakers_get_the_same_list_in_english()
    {
        var (numbers, all, _) = await Ask("head", "en-US");
        Assert.Equal([1, 2, 8, 3, 4], numbers);
        Assert.Contains("Your open items (5)", all);
        Assert.Contains("Scope: your unit and your own items", all);
        Assert.Contains("Nov 25, 2 day(s) overdue", all);
        Assert.Contains("Report progress", all);
        Assert.Contains("Request check-off", all);
    }

    [Fact]
    public async Task Paging_carries_the_filter_and_starts_where_the_last_page_ended()
    {
        for (var n = 100; n < 140; n++) _w.Add(n, "rsk", $"人事科第{n}项工作", Today.AddDays(-1));
        var first = await _w.Say("rskHead", Intent.Of(OpenItemsCapability.OpenItems, ("due", "overdue")));
        var next = Answers.Submits(first.Card()).Single(d => d["verb"]!.GetValue<string>() == OpenItemsCapability.OpenItems);
        Assert.Equal("Overdue", next["due"]!.GetValue<string>());
        var second = await _w.Press("rskHead", next);
        var all = second.All();
        Assert.Contains("逾期事项（40 项）", all);
        Assert.Contains("第 16–30 项，共 40 项", all);
        Assert.DoesNotContain("**第114条**", all);
        Assert.Contains("**第115条**", all);
    }
}
