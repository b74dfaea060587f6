using ChatBot.Bot.Tests.Features.Relay;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.CheckOff;

namespace ChatBot.Bot.Tests.Language;

/// <summary>Check-off requests and decisions reach each person in their own language, whatever the sender's.</summary>
public class CheckOffLanguageTests : IAsyncLifetime
{
    private RelayFixture _f = null!;
    public async Task InitializeAsync() => _f = await RelayFixture.StartAsync();
    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task The_office_reads_the_request_in_english_and_the_unit_reads_the_decision_each_in_their_own()
    {
        var office = _f.Member("m007");
        var head = _f.Member("m047");
        var liaison = _f.Member("m049");
        await _f.SayAsync(office, "help", locale: "en-US");
        await _f.NextReplyAsync(office, 1);
        await _f.SayAsync(head, "帮助", locale: "zh-CN");
        await _f.NextReplyAsync(head, 1);
        await _f.SayAsync(liaison, "help", locale: "en-US");
        await _f.NextReplyAsync(liaison, 1);
        var meeting = RelayWorld.Meeting(_f.Store);
        var item = RelayWorld.Assign(_f.Store, meeting.Id, "szgc", 1, "凤凰山隧道二三期工程抢抓进度");

        await _f.SayAsync(head, "第1条申请销号，已完工", Intent.Of(CheckOffRequestCapability.Request, ("item", "1"), ("note", "已完工")), locale: "zh-CN");
        var request = RelayFixture.Text(await _f.NextReplyAsync(office, 2));
        Assert.Contains("Check-off request · item 1", request);
        Assert.Contains("Approve check-off", request);
        Assert.Contains("How it was completed: 已完工", request);
        EnglishPunctuation.AssertAscii(EnglishPunctuation.Template(request, item.Task, "市政工程处", head.Name, "已完工"));
        Assert.Contains("已提交第1条的销号申请", RelayFixture.Text(await _f.NextReplyAsync(head, 2))); // the requester, in Chinese

        await _f.SayAsync(office, "approve item 1", Intent.Of(CheckOffDecisionCapability.Approve, ("item", "1")), locale: "en-US");
        Assert.Contains("Check-off of item 1 approved", RelayFixture.Text(await _f.NextReplyAsync(office, 3)));
        Assert.Contains("已通过办公室审核", RelayFixture.Text(await _f.NextReplyAsync(head, 3)));
        var told = RelayFixture.Text(await _f.NextReplyAsync(liaison, 2));
        Assert.Contains("was approved by the office", told);
        EnglishPunctuation.AssertAscii(EnglishPunctuation.Template(told, item.Task));
    }
}
