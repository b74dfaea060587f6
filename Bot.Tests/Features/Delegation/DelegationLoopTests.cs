using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;
using static ChatBot.Bot.Tests.Infrastructure.Activities;

namespace ChatBot.Bot.Tests.Features.Delegation;

/// <summary>
/// 代理 over HTTP on the real bot: a unit head names a member of staff as deputy for a date range; the deputy
/// acts with the head's role (recorded "by X for Y") and gets copies of the head's messages; 取消代理 by card,
/// a stale card, two requests at once; bad input changes nothing.
/// </summary>
public sealed class DelegationLoopTests : IAsyncLifetime
{
    private BotFixture _f = null!;
    private Unit _unit = null!;
    private Member _head = null!, _staff = null!, _other = null!;
    private List<Member> _office = null!;

    public async Task InitializeAsync()
    {
        _f = await BotFixture.StartAsync();
        _unit = _f.Unit("市政工程处");
        _head = _f.Member(m => m.HasRole(_unit.Id, UnitRole.Head));
        _staff = _f.Member(m => m.Name == "沈娟");
        _other = _f.Member(m => m.Name == "姚刚");
        _office = _f.Store.Roster.Members().Where(m => m.IsOffice).ToList();
        _f.Store.Write(s => s.Items.Add(new Assignment
        {
            Id = "a3", Number = 3, DirectiveId = "d3", MeetingId = "mt1", UnitId = _unit.Id, Task = "凤凰山隧道二三期工程抢抓进度",
            Due = new DateOnly(2026, 12, 10), Status = AssignmentStatus.InProgress,
        }));
        var everyone = _office.Concat([_head, _staff, _other]).ToList();
        foreach (var m in everyone) await _f.SayAsync(m, "帮助");
        await _f.Connector.WaitForActivitiesAsync(everyone.Count);
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private IReadOnlyList<ChatBot.Dialogs.Domain.DelegationRecord> All() => _f.Store.Get<IDelegations>().All();

    [Fact]
    public async Task The_deputy_acts_for_the_head_is_recorded_so_and_gets_copies()
    {
        // Before: staff cannot ask for 销号.
        Assert.Contains("没有找到您可以查看的第3条事项", TextOf(await _f.AskAsync(_staff, "第3条申请销号，已完成")));

        var staffBefore = _f.SentTo(_staff).Count;
        Assert.StartsWith("已指定沈娟在2026年11月27日至2026年12月3日代理您", TextOf(await _f.AskAsync(_head, "我11月27日到12月3日出差，由沈娟代理")));
        Assert.Contains("吕建华指定您在2026年11月27日至2026年12月3日代理", TextOf((await _f.WaitForNewAsync(_staff, staffBefore)).Single()));
        var d = Assert.Single(All());
        Assert.Equal((_head.Id, _staff.Id, new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 3)), (d.PrincipalId, d.DeputyId, d.From, d.To));

        // Now the deputy asks for 销号 with the head's role; the audit says for whom.
        Assert.StartsWith("已提交第3条的销号申请", TextOf(await _f.AskAsync(_staff, "第3条申请销号，已完成")));
        var request = _f.Store.Audit.For("a3").Single(e => e.Action == AuditActions.CheckOffRequest);
        Assert.Equal((_staff.Id, _head.Id), (request.ActorMemberId, request.OnBehalfOf));

        // The office approves: the head is told, and the deputy gets a copy of the head's message.
        staffBefore = _f.SentTo(_staff).Count;
        Assert.Equal("已同意第3条销号，事项已办结。", TextOf(await _f.AskAsync(_office[0], "同意第3条销号")));
        var toStaff = await _f.WaitForNewAsync(_staff, staffBefore, 2);
        Assert.Contains(toStaff, a => TextOf(a).StartsWith("【代理 · 发给吕建华的消息】"));

        var history = Activities.CardText(await _f.AskAsync(_office[0], "第3条 记录"))!;
        Assert.Contains("沈娟（代吕建华）", history);
        Assert.Contains("我代理吕建华", TextOf(await _f.AskAsync(_staff, "我的代理")));
    }

    [Fact]
    public async Task Bad_input_is_answered_and_names_no_deputy()
    {
        Assert.Contains("名册中没有“火星人”", TextOf(await _f.AskAsync(_head, "我11月28日到30日出差，由火星人代理")));
        Assert.Contains("只有单位负责人", TextOf(await _f.AskAsync(_other, "我11月28日到30日请假，由沈娟代理")));
        Assert.Contains("不能指定自己", TextOf(await _f.AskAsync(_head, "我11月28日到30日出差，由吕建华代理")));
        Assert.Contains("结束日期早于开始日期", TextOf(await _f.AskAsync(_head, "12月9日到12月2日由沈娟代理")));
        Assert.Contains("已经过去", TextOf(await _f.AskAsync(_head, "11月2日到11月20日由沈娟代理")));
        Assert.Contains("请说明由谁代理、从哪天到哪天", TextOf(await _f.AskAsync(_head, "由沈娟代理")));
        Assert.Contains("您当前没有指定代理人", TextOf(await _f.AskAsync(_head, "取消代理")));
        Assert.Empty(All());
        // Someone else's deputy acts for no one: staff still cannot ask for 销号.
        Assert.Contains("没有找到您可以查看的第3条事项", TextOf(await _f.AskAsync(_staff, "第3条申请销号，已完成")));
    }

    [Fact]
    public async Task Cancel_by_card_then_the_stale_card_and_two_requests_at_once_make_one()
    {
        // Two requests at once (different deputies, same days): one delegation, the other told it overlaps.
        var before = _f.SentTo(_head).Count;
        await Task.WhenAll(_f.SayAsync(_head, "我11月28日到12月2日出差，由沈娟代理"), _f.SayAsync(_head, "我11月28日到12月2日出差，由姚刚代理"));
        var answers = (await _f.WaitForNewAsync(_head, before, 2)).Select(TextOf).ToList();
        Assert.Single(answers, a => a.StartsWith("已指定"));
        Assert.Single(answers, a => a.Contains("时间重叠"));
        var d = Assert.Single(All());

        var list = await _f.AskAsync(_head, "我的代理");
        Assert.Contains("代理我", TextOf(list));
        before = _f.SentTo(_head).Count;
        await Task.Delay(50);
        var card = _f.SentTo(_head).LastOrDefault(a => a["attachments"] is not null) ?? list;
        var cancel = FindSubmit(card, "delegationCancel")!;
        var deputy = _f.Store.Roster.Member(d.DeputyId)!;
        // The deputy's notice of the delegation (after a welcome: they never installed the app) goes through the outbox.
        var deputyBefore = await _f.WaitForTextAsync(deputy, "代理其督办工作");
        before = _f.SentTo(_head).Count;
        await _f.PressAsync(_head, cancel);
        Assert.Equal($"已取消{deputy.Name}的代理。", TextOf((await _f.WaitForNewAsync(_head, before)).Single()));
        Assert.Contains("已取消由您代理", TextOf((await _f.WaitForNewAsync(deputy, deputyBefore)).Last()));

        before = _f.SentTo(_head).Count;
        await _f.PressAsync(_head, cancel);
        Assert.Equal($"{deputy.Name}的这项代理已由吕建华取消，未做更改。", TextOf((await _f.WaitForNewAsync(_head, before)).Single()));
        Assert.NotNull(Assert.Single(All()).CancelledAt);
        // Another person's card: refused.
        before = _f.SentTo(_other).Count;
        await _f.PressAsync(_other, cancel);
        Assert.Contains("只有委托人本人或办公室", TextOf((await _f.WaitForNewAsync(_other, before)).Single()));
    }

    [Fact]
    public async Task English_phrasing_names_and_lists_a_deputy()
    {
        var set = TextOf(await _f.AskAsync(_head, "delegate to 沈娟 from Nov 28 to Dec 2", "en-US"));
        Assert.StartsWith("沈娟 acts for you Nov 28, 2026 to Dec 2, 2026", set);
        Language.EnglishPunctuation.AssertAscii(set);
        Assert.Contains("沈娟 acts for me", TextOf(await _f.AskAsync(_head, "my delegations", "en-US")));
        Assert.Equal("沈娟 no longer acts for you.", TextOf(await _f.AskAsync(_head, "cancel my delegation", "en-US")));
    }
}
