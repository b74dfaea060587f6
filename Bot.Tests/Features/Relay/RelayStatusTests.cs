using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Bot.Tests.Features.Relay;

/// <summary>传达情况 in chat for each role, and the deadline (逾期 in red).</summary>
public class RelayStatusTests : IAsyncLifetime
{
    private RelayFixture _f = null!;
    private static readonly Intent Ask = Intent.Of(RelayCapability.Status);

    public async Task InitializeAsync()
    {
        _f = await RelayFixture.StartAsync();
        RelayWorld.Meeting(_f.Store); // 市政工程处, 局人事科, 市环卫处; 班子会议 + 干部职工大会 by Dec 2
        await _f.InvokeAsync(_f.Member("m047"), RelayCapability.Submit, RelayWorld.Form("mt1", "szgc", "2026-11-26", "班子会议,干部职工大会", 42));
        var rskHead = _f.Store.Roster.Members().First(m => m.HasRole("rsk", UnitRole.Head));
        await _f.InvokeAsync(rskHead, RelayCapability.SignFor, RelayWorld.Data("mt1", "rsk"));
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private async Task<string> AskAsync(Member member, string locale = "zh-CN", Intent? intent = null)
    {
        var before = _f.RepliesTo(member).Count;
        await _f.SayAsync(member, locale == "zh-CN" ? "传达情况" : "relay status", intent ?? Ask, locale);
        return RelayFixture.Text(await _f.NextReplyAsync(member, before + 1));
    }

    [Fact]
    public async Task The_office_sees_every_unit_with_a_summary_line()
    {
        var text = await AskAsync(_f.Member("m007"));
        Assert.Contains("传达落实情况 · 全市城管系统工作推进会", text);
        Assert.Contains("已传达 1/3", text);
        Assert.Contains("市政工程处", text);
        Assert.Contains("✅ 已传达 · 班子会议（11月26日，42人）；干部职工大会（11月26日，42人）", text);
        Assert.Contains("局人事科", text);
        Assert.Contains("已签收", text);
        Assert.Contains("市环卫处", text);
        Assert.Contains("未签收", text);
        Assert.Contains("Relayed 1/3", await AskAsync(_f.Member("m007"), "en-US"));
    }

    [Fact]
    public async Task A_leader_sees_every_unit_with_the_portfolio_marked()
    {
        var text = await AskAsync(_f.Member("m004")); // 市政工程处 and 市环卫处, not 局人事科
        Assert.Contains("★ 市政工程处", text);
        Assert.Contains("★ 市环卫处", text);
        Assert.Contains("局人事科", text);
        Assert.DoesNotContain("★ 局人事科", text);
    }

    [Fact]
    public async Task A_unit_head_sees_only_their_own_unit_and_staff_are_told_they_have_none()
    {
        var text = await AskAsync(_f.Member("m049"));
        Assert.Contains("市政工程处", text);
        Assert.DoesNotContain("局人事科", text);
        Assert.Contains("已传达 1/1", text);
        Assert.Contains("您没有传达落实任务", await AskAsync(_f.Member("m050")));
        Assert.Contains("You have no relay duties", await AskAsync(_f.Member("m050"), "en-US"));
    }

    [Fact]
    public async Task Past_the_due_date_unconfirmed_units_are_overdue_in_red()
    {
        RelayWorld.Meeting(_f.Store, id: "mt2", title: "安全生产专题会", due: new DateOnly(2026, 11, 26), dispatchedMinutesAgo: 1);
        var reply = await AskAsync(_f.Member("m007"));
        Assert.Contains("安全生产专题会", reply); // the latest dispatched meeting
        Assert.Contains("已传达 0/3 · 逾期 3", reply);
        Assert.Contains("🔴 逾期", reply);
        var card = _f.RepliesTo(_f.Member("m007"))[^1].ToJsonString();
        Assert.Contains("\"color\":\"Attention\"", card);

        // A named meeting is answered instead of the latest.
        var named = await AskAsync(_f.Member("m007"), intent: Intent.Of(RelayCapability.Status, ("meeting", "推进会")));
        Assert.Contains("全市城管系统工作推进会", named);
    }

    [Fact]
    public async Task With_no_dispatched_meeting_it_says_so()
    {
        _f.Store.Write(s => s.Lite().Meetings.DeleteAll());
        Assert.Contains("目前没有已交办的会议", await AskAsync(_f.Member("m007")));
    }
}
