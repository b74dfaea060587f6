using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Features.Scoring;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Bulletin;
using ChatBot.Dialogs.Storage;
using static ChatBot.Bot.Tests.Features.Scoring.LeaderChat;

namespace ChatBot.Bot.Tests.Features.Bulletin;

/// <summary>
/// 本月通报 over HTTP on the real bot (Kestrel, the sample roster, rules, a LiteDB file): the office drafts
/// it in the office channel, edits it in chat, posts it with the card's button; stale buttons, other roles
/// and bad edits get clear answers and change nothing; the same data gives the same bulletin.
/// </summary>
public sealed class BulletinLoopTests : IAsyncLifetime
{
    private BotFixture _f = null!;
    private LeaderChat _chat = null!;
    private Member _office = null!, _office2 = null!, _leader = null!, _head = null!, _staff = null!;
    private const string Channel = ScoringWorld.Channel;

    public async Task InitializeAsync()
    {
        _f = await BotFixture.StartAsync();
        _chat = new LeaderChat(_f);
        var engineering = _f.Unit("市政工程处");
        _office = _f.Member(m => m.Name == "陈国庆");
        _office2 = _f.Member(m => m.Name == "杨丽");
        _leader = _f.Member(m => m.Name == "刘桂英");
        _head = _f.Member(m => m.HasRole(engineering.Id, UnitRole.Head));
        _staff = _f.Member(m => !m.IsOffice && !m.IsLeader && m.Memberships.All(x => x.Role == UnitRole.Staff));
        ScoringWorld.Seed(_f.Store, engineering.Id, _f.Unit("市环卫处").Id, _office.Id);
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private IReadOnlyList<BulletinDraft> Drafts(Member m) => _f.Store.Get<IBulletinDrafts>().OfOwner(m.Id);

    [Fact]
    public async Task The_office_drafts_edits_and_posts_the_bulletin_to_its_channel_once()
    {
        var draft = await _chat.SayAsync(_office, "本月通报", conversationId: Channel, type: "channel");
        var text = TextOf(draft);
        Assert.Contains("已生成2026年11月通报草稿（共2行可编辑）。", text);
        Assert.Contains("2026年11月督办工作通报（统计至2026年11月27日）：18个单位本月到期事项5项，按期办结2项，按期办结率40.0%。", text);
        Assert.Contains("1. 市环卫处 · 按期办结率 100.0%（到期1项，按期1项，逾期办结0项，现逾期0项）· 得分 100.0", text);
        Assert.Contains("2. 市政工程处 · 按期办结率 25.0%（到期4项，按期1项，逾期办结1项，现逾期1项）· 得分 13.0", text);
        Assert.Contains("1. 市政工程处：逾期未办结1项（第103条）", text);
        Assert.Contains($"2. 市政工程处：“{ScoringWorld.MeetingTitle}”的传达会议未召开（应于2026年11月15日前）", text);
        Assert.Contains("另有16个单位本月无到期事项，不参加排名。", text);

        Assert.Contains("已修改通报草稿。", TextOf(await _chat.SayAsync(_office, "删除第2行", conversationId: Channel, type: "channel")));
        var added = TextOf(await _chat.SayAsync(_office, "增加一行：请各单位对照问题清单，于12月5日前完成整改。", conversationId: Channel, type: "channel"));
        Assert.Contains("2. 请各单位对照问题清单，于12月5日前完成整改。", added);
        Assert.DoesNotContain("传达会议未召开", added);
        var edited = await _chat.SayAsync(_office, "导语改为：十一月全局督办事项总体推进有序。", conversationId: Channel, type: "channel");
        Assert.Contains("十一月全局督办事项总体推进有序。", TextOf(edited));

        var before = _chat.SentIn(Channel).Count;
        var post = Button(edited, BulletinCapability.Post);
        await Infrastructure.Activities.PostAsync(_f.Http, _f.Bot.BaseUrl, Press(_office, post));
        var sent = await _chat.WaitForNewAsync(Channel, before, 2);
        var reply = sent.Single(a => TextOf(a).Contains("通报已发布"));
        Assert.Equal("2026年11月通报已发布到办公室频道。", reply["text"]!.GetValue<string>());
        var posted = TextOf(sent.Single(a => TextOf(a).Contains("2026年11月督办通报") && !TextOf(a).Contains("草稿")));
        Assert.Contains("十一月全局督办事项总体推进有序。", posted);
        Assert.Contains("• 请各单位对照问题清单，于12月5日前完成整改。", posted);
        Assert.DoesNotContain("发布", posted.Replace("督办通报", ""));

        // The same button again, and another office member's typed 发布通报 with no draft of their own: nothing is posted twice.
        var again = await _chat.PressAsync(_office, post, conversationId: Channel, type: "channel");
        Assert.Equal("这份通报已于11月27日 10:00由陈国庆发布，不会重复发布。", again["text"]!.GetValue<string>());
        Assert.Equal("没有正在编辑的通报草稿，请先说“本月通报”。", (await _chat.SayAsync(_office2, "发布通报"))["text"]!.GetValue<string>());
        Assert.Single(_f.Store.Audit.For(Drafts(_office)[0].Id), e => e.Action == BulletinFeature.AuditPost);
        Assert.Equal(BulletinStatus.Posted, Drafts(_office)[0].Status);
    }

    private System.Text.Json.Nodes.JsonObject Press(Member m, System.Text.Json.Nodes.JsonObject value)
    {
        var a = Infrastructure.Activities.Message(_f.Connector.ServiceUrl, $"29:{m.Id}", "", "zh-CN", m.AadObjectId, Channel, "channel");
        a.Remove("text");
        a["value"] = value;
        return a;
    }

    [Fact]
    public async Task In_english_from_a_one_on_one_chat_it_posts_to_the_channel_of_the_latest_meeting()
    {
        // The channel is known to the bot once someone wrote there.
        await _chat.SayAsync(_office2, "帮助", conversationId: Channel, type: "channel");
        var draft = await _chat.SayAsync(_office, "monthly bulletin", "en-US");
        var text = TextOf(draft);
        Assert.Contains("Bulletin for November 2026 (draft)", text);
        Assert.Contains("Directive bulletin for November 2026 (as of Nov 27, 2026): 18 units had 5 items due this month, 2 done on time, on-time rate 40.0%.", text);
        Assert.Contains("1. 市政工程处: 1 item(s) overdue (item 103)", text);
        Assert.Contains("Edit in chat:", text);

        Assert.Equal("The draft has no line 9 (it has 2).", (await _chat.SayAsync(_office, "remove line 9", "en-US"))["text"]!.GetValue<string>());
        Assert.Equal("Please give the line's text, e.g. \"add line: ...\".", (await _chat.SayAsync(_office, "add line:", "en-US"))["text"]!.GetValue<string>());
        var before = _chat.SentIn(Channel).Count;
        Assert.Equal("The bulletin for November 2026 was posted to the office channel.", (await _chat.SayAsync(_office, "post bulletin", "en-US"))["text"]!.GetValue<string>());
        var posted = TextOf((await _chat.WaitForNewAsync(Channel, before)).Single());
        Assert.Contains("Bulletin for November 2026", posted);
        Assert.Contains("On-time rate ranking", posted);
        Assert.Equal(Channel, Drafts(_office)[0].PostedTo);
    }

    [Fact]
    public async Task Other_roles_see_their_own_units_scores_and_cannot_edit_or_post()
    {
        var scores = TextOf(await _chat.SayAsync(_leader, "本月考评"));
        Assert.Contains("2026年11月考评", scores);
        Assert.Contains("市政工程处：到期4项，按期1项，逾期办结1项，现逾期1项，平均超期5.0天，传达按期0/1，延期申请0次，按期办结率25.0%，得分13.0", scores);
        Assert.DoesNotContain("局人事科", scores); // not in her portfolio
        Assert.DoesNotContain("\"bulletinPost\"", _chat.SentIn(OneOnOne(_leader)).Last().ToJsonString());

        var head = TextOf(await _chat.SayAsync(_head, "本月通报"));
        Assert.Contains("市政工程处：到期4项", head);
        Assert.DoesNotContain("市环卫处", head);

        Assert.Equal("通报由办公室起草和发布；考评按单位统计，您没有负责或分管的单位。您的事项请问“我的待办”。", (await _chat.SayAsync(_staff, "本月通报"))["text"]!.GetValue<string>());
        Assert.Equal("只有办公室可以编辑和发布通报。", (await _chat.SayAsync(_leader, "发布通报"))["text"]!.GetValue<string>());
        Assert.Equal("只有办公室可以编辑和发布通报。", (await _chat.SayAsync(_head, "删除第1行"))["text"]!.GetValue<string>());
        Assert.Empty(Drafts(_leader));
        Assert.Empty(Drafts(_head));
    }

    [Fact]
    public async Task Bad_edits_stale_buttons_and_months_to_come_change_nothing()
    {
        Assert.Equal("没有正在编辑的通报草稿，请先说“本月通报”。", (await _chat.SayAsync(_office, "删除第1行"))["text"]!.GetValue<string>());
        Assert.Equal("2026年12月还没有开始，无法统计。", (await _chat.SayAsync(_office, "2026年12月通报"))["text"]!.GetValue<string>());
        var first = await _chat.SayAsync(_office, "本月通报");
        Assert.Equal("请写出新的导语，例如“导语改为：……”。", (await _chat.SayAsync(_office, "导语改为："))["text"]!.GetValue<string>());
        Assert.Equal("草稿没有第3行（共2行）。", (await _chat.SayAsync(_office, "删除第3行"))["text"]!.GetValue<string>());
        var second = await _chat.SayAsync(_office, "本月通报");

        // The first draft's button, after a newer draft replaced it.
        Assert.Equal("这份草稿已被更新的草稿取代，请在最新的草稿上操作。", (await _chat.PressAsync(_office, Button(first, BulletinCapability.Post)))["text"]!.GetValue<string>());
        // A forged draft id.
        Assert.Equal("这个按钮已失效，请重新发送指令。", (await _chat.PressAsync(_office, new() { ["verb"] = "bulletinPost", ["draftId"] = "nope" }))["text"]!.GetValue<string>());
        // Expired: three days later the latest draft cannot be posted.
        _f.Clock.Advance(TimeSpan.FromHours(73));
        Assert.Equal("这份通报草稿已过期，请重新说“本月通报”生成。", (await _chat.PressAsync(_office, Button(second, BulletinCapability.Post)))["text"]!.GetValue<string>());
        Assert.All(Drafts(_office), d => Assert.NotEqual(BulletinStatus.Posted, d.Status));
        Assert.Empty(_chat.SentIn(Channel));
    }

    [Fact]
    public async Task The_same_data_gives_the_same_bulletin()
    {
        await _chat.SayAsync(_office, "上月通报");
        await _chat.SayAsync(_office, "11月通报");
        var again = await _chat.SayAsync(_office, "本月通报");
        var drafts = Drafts(_office);
        Assert.Equal(3, drafts.Count);
        // Told apart by month, not by order: the fake clock can give two drafts the same instant.
        var november = drafts.Where(d => d.Month == 11).ToList();
        Assert.Equal(2, november.Count);
        Assert.Equal(BulletinRender.Text(november[0]), BulletinRender.Text(november[1]));
        var october = Assert.Single(drafts, d => d.Month == 10);
        Assert.NotEqual(BulletinRender.Text(october), BulletinRender.Text(november[0]));
        Assert.Contains("2026年10月", BulletinRender.Text(october));
        // The card, apart from its own draft id, is the same too (the earlier one as first posted: a newer
        // draft later replaces it in place, in its own time).
        var latestCard = again["attachments"]![0]!["content"]!.ToJsonString();
        var latest = november.Single(d => latestCard.Contains(d.Id, StringComparison.Ordinal));
        var other = november.Single(d => d != latest);
        var earlier = _chat.SentIn(OneOnOne(_office)).Select(a => a["attachments"]?[0]?["content"]?.ToJsonString() ?? "")
            .First(card => card.Contains(other.Id, StringComparison.Ordinal)).Replace(other.Id, "ID");
        Assert.Equal(earlier, latestCard.Replace(latest.Id, "ID"));
    }
}
