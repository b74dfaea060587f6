using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Features.Scoring;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Instruction;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;
using static ChatBot.Bot.Tests.Features.Scoring.LeaderChat;

namespace ChatBot.Bot.Tests.Features.Instruction;

/// <summary>批示 over HTTP on the real bot: a leader instructs on an item of their portfolio; the unit's head and liaison get it in their language; it shows in 记录.</summary>
public sealed class InstructionLoopTests : IAsyncLifetime
{
    private BotFixture _f = null!;
    private LeaderChat _chat = null!;
    private Member _leader = null!, _otherLeader = null!, _office = null!, _head = null!, _liaison = null!, _staff = null!;

    public async Task InitializeAsync()
    {
        _f = await BotFixture.StartAsync();
        _chat = new LeaderChat(_f);
        var engineering = _f.Unit("市政工程处");
        _leader = _f.Member(m => m.Name == "刘桂英");
        _otherLeader = _f.Member(m => m.Name == "李磊");
        _office = _f.Member(m => m.Name == "陈国庆");
        _head = _f.Member(m => m.HasRole(engineering.Id, UnitRole.Head));
        _liaison = _f.Member(m => m.HasRole(engineering.Id, UnitRole.Liaison));
        _staff = _f.Member(m => m.HasRole(engineering.Id, UnitRole.Staff) && !m.IsLeader && !m.IsOffice);
        ScoringWorld.Seed(_f.Store, engineering.Id, _f.Unit("市环卫处").Id, _office.Id);
        // The liaison reads English; both have talked to the bot, so their 1:1 chats are known.
        _f.Store.Write(s => { var l = s.Roster.Member(_liaison.Id)!; l.Locale = "en-US"; s.Roster.UpdateMember(l); });
        await _chat.SayAsync(_head, "帮助");
        await _chat.SayAsync(_liaison, "help", "en-US");
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private IReadOnlyList<InstructionRecord> Records() => _f.Store.Get<IInstructions>().For("s103");

    [Fact]
    public async Task A_leader_instructs_the_unit_is_told_in_its_language_and_the_history_shows_it()
    {
        var headBefore = _chat.SentIn(OneOnOne(_head)).Count;
        var liaisonBefore = _chat.SentIn(OneOnOne(_liaison)).Count;
        var reply = await _chat.SayAsync(_leader, "第103条批示：请于周五前专题汇报");
        Assert.Equal($"已记录对第103条的批示，并推送给市政工程处的{_head.Name}、{_liaison.Name}。", reply["text"]!.GetValue<string>());

        Assert.Contains("📌 刘桂英对第103条“第103项测试任务：推进道路整治”作出批示：请于周五前专题汇报", TextOf((await _chat.WaitForNewAsync(OneOnOne(_head), headBefore)).Single()));
        Assert.Contains("📌 刘桂英 gave an instruction on item 103", TextOf((await _chat.WaitForNewAsync(OneOnOne(_liaison), liaisonBefore)).Single()));

        var record = Assert.Single(Records());
        Assert.Equal(("请于周五前专题汇报", _leader.Id), (record.Text, record.LeaderId));
        Assert.Single(_f.Store.Audit.For("s103"), e => e.Action == AuditActions.Instruction && e.To == "请于周五前专题汇报");
        Assert.Contains("批示：请于周五前专题汇报", TextOf(await _chat.SayAsync(_head, "第103条 记录")));
        Assert.Contains("instruction: 请于周五前专题汇报", TextOf(await _chat.SayAsync(_liaison, "history of item 103", "en-US")));
    }

    [Fact]
    public async Task In_english()
    {
        var reply = await _chat.SayAsync(_leader, "instruction on item 104: report on it by Friday", "en-US");
        Assert.Equal($"Instruction on item 104 recorded and sent to {_head.Name}, {_liaison.Name} of 市政工程处.", reply["text"]!.GetValue<string>());
        Assert.Equal("report on it by Friday", Assert.Single(_f.Store.Get<IInstructions>().For("s104")).Text);
    }

    [Fact]
    public async Task The_office_staff_other_leaders_unknown_items_empty_text_and_closed_items_change_nothing()
    {
        Assert.Equal("批示由分管该单位的局领导作出，办公室不能代为批示。如需催办，可用“打印催办单 第N条”。",
            (await _chat.SayAsync(_office, "第103条批示：请于周五前专题汇报"))["text"]!.GetValue<string>());
        Assert.Equal("只有分管该单位的局领导可以作批示。", (await _chat.SayAsync(_staff, "第103条批示：请于周五前专题汇报"))["text"]!.GetValue<string>());
        Assert.Equal("Only the leader in charge of the unit can give an instruction.", (await _chat.SayAsync(_head, "instruction on item 103: hurry", "en-US"))["text"]!.GetValue<string>());
        // Another leader: the item is outside what they may see, told as for a number that does not exist.
        var notTheirs = (await _chat.SayAsync(_otherLeader, "第103条批示：请于周五前专题汇报"))["text"]!.GetValue<string>();
        Assert.Equal((await _chat.SayAsync(_leader, "第999条批示：请于周五前专题汇报"))["text"]!.GetValue<string>(), notTheirs.Replace("103", "999"));
        Assert.Equal("请写出批示内容，例如“第103条批示：请于周五前专题汇报”。", (await _chat.SayAsync(_leader, "第103条批示："))["text"]!.GetValue<string>());
        Assert.Equal("第101条已销号，不再批示。", (await _chat.SayAsync(_leader, "第101条批示：总结经验"))["text"]!.GetValue<string>());
        Assert.Equal("批示过长，请控制在500字以内。", (await _chat.SayAsync(_leader, "第103条批示：" + new string('快', 501)))["text"]!.GetValue<string>());
        Assert.Empty(Records());
        Assert.DoesNotContain(_f.Store.Audit.For("s103"), e => e.Action == AuditActions.Instruction);
    }
}
