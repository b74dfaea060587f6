using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;
using static ChatBot.Bot.Tests.Infrastructure.Activities;

namespace ChatBot.Bot.Tests.Features.Cascade;

/// <summary>
/// 转派 (一级管一级) over HTTP on the real bot (Kestrel, the sample roster with its sub-units, the rule path, a
/// LiteDB file): the unit head passes an item to a sub-unit and a person, their progress rolls up, the
/// sub-unit's 销号 goes to the unit head, and the unit's own request waits for the tree. Typed and by card;
/// bad input, stale cards and two people at once change nothing twice.
/// </summary>
public sealed class CascadeLoopTests : IAsyncLifetime
{
    private BotFixture _f = null!;
    private Unit _unit = null!;
    private Member _head = null!, _deputy = null!, _liaison = null!, _staff = null!, _other = null!, _subHead = null!, _gcHead = null!;
    private List<Member> _office = null!;

    public async Task InitializeAsync()
    {
        _f = await BotFixture.StartAsync();
        _unit = _f.Unit("市政工程处");
        _head = _f.Member(m => m.HasRole(_unit.Id, UnitRole.Head));
        _deputy = _f.Member(m => m.HasRole(_unit.Id, UnitRole.Deputy));
        _liaison = _f.Member(m => m.HasRole(_unit.Id, UnitRole.Liaison));
        _staff = _f.Member(m => m.Name == "沈娟");
        _other = _f.Member(m => m.Name == "姚刚");
        _subHead = _f.Member(m => m.Name == "胡婷");
        _gcHead = _f.Member(m => m.Name == "何雪");
        _office = _f.Store.Roster.Members().Where(m => m.IsOffice).ToList();
        _f.Store.Write(s =>
        {
            // Item numbers come from the store's sequence, as after an intake that numbered ten items.
            for (var i = 0; i < 10; i++) s.Sequences.Next("assignment");
            s.Items.Add(new Assignment
            {
                Id = "a3", Number = 3, DirectiveId = "d3", MeetingId = "mt1", UnitId = _unit.Id, Task = "背街小巷路面修补",
                Due = new DateOnly(2026, 12, 10), Status = AssignmentStatus.InProgress,
            });
        });
        var everyone = _office.Concat([_head, _deputy, _liaison, _staff, _other, _subHead, _gcHead]).ToList();
        foreach (var m in everyone) await _f.SayAsync(m, "帮助");
        await _f.Connector.WaitForActivitiesAsync(everyone.Count);
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private IReadOnlyList<Assignment> Children() => _f.Store.Get<IItemTree>().Children("a3");

    [Fact]
    public async Task Typed_pass_down_rolls_up_and_the_unit_head_reviews_before_the_office()
    {
        var (subBefore, staffBefore) = (_f.SentTo(_subHead).Count, _f.SentTo(_staff).Count);
        var reply = TextOf(await _f.AskAsync(_head, "第3条转派给养护股、沈娟，12月5日前"));
        Assert.StartsWith("已将第3条转派给市政工程处养护股（第11条）、沈娟（第12条），期限2026年12月5日", reply);
        var kids = Children();
        Assert.Equal([(11, "szgcyh", 0), (12, _unit.Id, 1)], kids.Select(k => (k.Number, k.UnitId, k.AssigneeMemberIds.Count)));
        Assert.All(kids, k => Assert.Equal((new DateOnly(2026, 12, 5), "a3", _unit.Id, AssignmentStatus.Dispatched), (k.Due!.Value, k.ParentId!, k.ParentUnitId!, k.Status)));
        Assert.Contains("第11条", TextOf((await _f.WaitForNewAsync(_subHead, subBefore)).Single()));
        Assert.Contains("由市政工程处审核", TextOf((await _f.WaitForNewAsync(_staff, staffBefore)).Single()));

        // The person reports; the parent's percentage is the mean of its children's.
        Assert.Contains("第12条", TextOf(await _f.AskAsync(_staff, "第12条 进展：完成60%")));
        Assert.Equal(30, _f.Store.Items.Get("a3")!.Percent);

        // The sub-unit asks for 销号: the unit's head, deputy and liaison get the card, not the office.
        var officeBefore = _office.Select(o => _f.SentTo(o).Count).ToList();
        var headBefore = _f.SentTo(_head).Count;
        Assert.Equal("已申请第11条销号，等待市政工程处负责人审核。", TextOf(await _f.AskAsync(_subHead, "第11条申请销号，养护已完成")));
        var card = (await _f.WaitForNewAsync(_head, headBefore)).Single();
        Assert.Contains("养护已完成", Activities.CardText(card));
        Assert.Equal(officeBefore, _office.Select(o => _f.SentTo(o).Count).ToList());
        // Waiting for the head, it says so in 我的待办.
        Assert.Contains("待负责人审核", TextOf(await _f.AskAsync(_subHead, "我的待办")));

        // The office cannot decide it; the head approves on the card.
        Assert.Contains("由市政工程处的负责人、副职或联络员审核销号", TextOf(await _f.AskAsync(_office[0], "同意第11条销号")));
        var approve = FindSubmit(card, "checkOffApprove")!;
        headBefore = _f.SentTo(_head).Count;
        subBefore = _f.SentTo(_subHead).Count;
        await _f.PressAsync(_head, approve);
        Assert.Equal("已同意第11条销号，事项已办结。", TextOf((await _f.WaitForNewAsync(_head, headBefore)).Single()));
        // The sub-unit hears who reviewed it: the unit that passed it down, not the office.
        Assert.Contains("已通过市政工程处审核，予以销号", TextOf((await _f.WaitForNewAsync(_subHead, subBefore)).Last()));
        Assert.Equal(AssignmentStatus.Closed, _f.Store.Items.ByNumber(11)!.Status);
        Assert.Equal(80, _f.Store.Items.Get("a3")!.Percent);

        // The unit's own request waits for what is still open below it.
        Assert.Contains("第12条", TextOf(await _f.AskAsync(_head, "第3条申请销号，全部完成")));
        Assert.Equal(AssignmentStatus.InProgress, _f.Store.Items.Get("a3")!.Status);

        var tree = TextOf(await _f.AskAsync(_head, "第3条分解情况"));
        Assert.Contains("第11条 市政工程处养护股", tree);
        Assert.Contains("已销号", tree);
        Assert.Contains("第12条 沈娟", tree);
        Assert.Contains("60%", tree);
        var english = TextOf(await _f.AskAsync(_head, "breakdown of item 3", "en-US"));
        Assert.Contains("item 12 沈娟", english);
        Language.EnglishPunctuation.AssertAscii(english);
        Assert.Contains(_f.Store.Audit.For("a3"), e => e.Action == AuditActions.PassDown && e.To == "11" && e.ActorMemberId == _head.Id);
    }

    [Fact]
    public async Task Bad_input_is_answered_and_passes_nothing_down()
    {
        Assert.Contains("没有找到您可以查看的第3条事项", TextOf(await _f.AskAsync(_other, "第3条转派给养护股，12月5日前")));
        Assert.Contains("“火星股”不是市政工程处的下级单位或人员", TextOf(await _f.AskAsync(_head, "第3条转派给火星股，12月5日前")));
        Assert.Contains("“清扫所”不是市政工程处的下级单位或人员", TextOf(await _f.AskAsync(_head, "第3条转派给清扫所，12月5日前")));
        Assert.Contains("不能晚于第3条本身的期限", TextOf(await _f.AskAsync(_head, "第3条转派给养护股，12月20日前")));
        Assert.Contains("cannot be later than item 3's own", TextOf(await _f.AskAsync(_head, "pass item 3 to 养护股 by Dec 20", "en-US")));
        Assert.Contains("已经过去", TextOf(await _f.AskAsync(_head, "第3条转派给养护股，11月20日前")));
        Assert.Contains("没有找到您可以查看的第99条事项", TextOf(await _f.AskAsync(_head, "第99条转派给养护股")));
        Assert.Empty(Children());
        Assert.Empty(_f.Store.Audit.For("a3"));
    }

    [Fact]
    public async Task By_card_then_the_stale_card_and_two_heads_at_once_pass_once()
    {
        var form = await _f.AskAsync(_head, "第3条转派");
        Assert.Contains("转派 · 第3条", Activities.CardText(form));
        var submit = FindSubmit(form, "cascadeItem")!;
        Assert.Contains("unit:szgcyh", form.ToJsonString());

        // Submitted empty: asked again, nothing made.
        var before = _f.SentTo(_head).Count;
        await _f.PressAsync(_head, submit);
        Assert.Contains("请选择转派给哪些下级单位或人员", TextOf((await _f.WaitForNewAsync(_head, before))[0]));

        submit["to"] = "unit:szgcyh," + "member:" + _other.Id;
        submit["date"] = "2026-12-08";
        submit["task"] = "东片区路面";
        before = _f.SentTo(_head).Count;
        await _f.PressAsync(_head, submit);
        Assert.StartsWith("已将第3条转派给市政工程处养护股（第11条）、姚刚（第12条）", TextOf((await _f.WaitForNewAsync(_head, before)).Single()));
        Assert.All(Children(), k => Assert.Equal(("东片区路面", new DateOnly(2026, 12, 8)), (k.Task, k.Due!.Value)));

        // The same card again: told, nothing passed twice.
        before = _f.SentTo(_head).Count;
        await _f.PressAsync(_head, submit);
        Assert.Equal("第3条已经转派给市政工程处养护股（第11条），未重复转派。", TextOf((await _f.WaitForNewAsync(_head, before)).Single()));
        Assert.Equal(2, Children().Count);

        // Head and deputy at once: one item for 工程股.
        var (hb, db) = (_f.SentTo(_head).Count, _f.SentTo(_deputy).Count);
        await Task.WhenAll(_f.SayAsync(_head, "第3条转派给工程股，12月6日前"), _f.SayAsync(_deputy, "第3条转派给工程股，12月6日前"));
        var answers = new[] { TextOf((await _f.WaitForNewAsync(_head, hb)).Last()), TextOf((await _f.WaitForNewAsync(_deputy, db)).Last()) };
        Assert.Single(answers, a => a.StartsWith("已将第3条转派给市政工程处工程股"));
        Assert.Single(answers, a => a.Contains("已经转派给市政工程处工程股"));
        var gc = Assert.Single(Children(), k => k.UnitId == "szgcgc");

        // Its 销号: the head and the deputy press approve at once; one decision.
        Assert.Contains("等待市政工程处负责人审核", TextOf(await _f.AskAsync(_gcHead, $"第{gc.Number}条申请销号，已完成")));
        var press = new JsonObject { ["verb"] = "checkOffApprove", ["item"] = gc.Number };
        (hb, db) = (_f.SentTo(_head).Count, _f.SentTo(_deputy).Count);
        await Task.WhenAll(_f.PressAsync(_head, press), _f.PressAsync(_deputy, press.DeepClone().AsObject()));
        await _f.WaitForNewAsync(_head, hb);
        await _f.WaitForNewAsync(_deputy, db);
        Assert.Single(_f.Store.Audit.For(gc.Id), e => e.Action == AuditActions.CheckOffApprove);
        Assert.Equal(AssignmentStatus.Closed, _f.Store.Items.Get(gc.Id)!.Status);
    }
}
