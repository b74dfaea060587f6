using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Features.Relay;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Bot.Tests.Features.Reassign;

/// <summary>
/// 退回 / 改派 over HTTP on the real bot (Kestrel, the sample roster, the rule path, a LiteDB file): the unit
/// types "not ours", the bot restarts, the office picks the new unit on its card, and the new unit's head and
/// liaison get the meeting's dispatch card while the old unit is told.
/// </summary>
public sealed class ReassignLoopTests : IAsyncLifetime
{
    private BotFixture _f = null!;
    private Unit _from = null!, _to = null!;
    private Member _head = null!, _newHead = null!, _newLiaison = null!, _office = null!;

    public async Task InitializeAsync()
    {
        _f = await BotFixture.StartAsync();
        _from = _f.Unit("市政工程处");
        _to = _f.Unit("市环卫处");
        _head = _f.Member(m => m.HasRole(_from.Id, UnitRole.Head));
        _newHead = _f.Member(m => m.HasRole(_to.Id, UnitRole.Head));
        _newLiaison = _f.Member(m => m.HasRole(_to.Id, UnitRole.Liaison));
        _office = _f.Member(m => m.IsOffice);
        RelayWorld.Meeting(_f.Store, units: [_from.Id]);
        _f.Store.Write(s => s.Items.Add(new Assignment
        {
            Id = "a3", Number = 3, DirectiveId = "d3", MeetingId = "mt1", UnitId = _from.Id, Task = "背街小巷垃圾清运",
            Due = new DateOnly(2026, 12, 10), Status = AssignmentStatus.Dispatched,
        }));
        var everyone = new[] { _head, _newHead, _newLiaison, _office };
        foreach (var m in everyone) await _f.SayAsync(m, "帮助");
        await _f.Connector.WaitForActivitiesAsync(everyone.Length);
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Not_ours_then_a_restart_then_the_office_reassigns_by_card()
    {
        var officeBefore = _f.SentTo(_office).Count;
        var headBefore = _f.SentTo(_head).Count;
        await _f.SayAsync(_head, "第3条不属于我们，原因：垃圾清运归环卫处");
        Assert.StartsWith("已将第3条退回办公室", Activities.TextOf((await _f.WaitForNewAsync(_head, headBefore)).Single()));
        var card = (await _f.WaitForNewAsync(_office, officeBefore)).Single();
        Assert.Contains("原因：垃圾清运归环卫处", Activities.CardText(card));

        await _f.RestartAsync();
        var submit = Activities.FindSubmit(card["attachments"]![0]!["content"]!, "reassignItem")!;
        submit["unitId"] = _to.Id;
        officeBefore = _f.SentTo(_office).Count;
        headBefore = _f.SentTo(_head).Count;
        var (newHeadBefore, newLiaisonBefore) = (_f.SentTo(_newHead).Count, _f.SentTo(_newLiaison).Count);
        var press = Activities.Message(_f.Connector.ServiceUrl, $"29:{_office.Id}", "", "zh-CN", _office.AadObjectId);
        press.Remove("text");
        press["value"] = submit;
        await _f.Http.PostAsync(_f.Bot.BaseUrl, press);

        Assert.Equal("已将第3条由市政工程处改派给市环卫处，已通知双方。", Activities.TextOf((await _f.WaitForNewAsync(_office, officeBefore)).Single()));
        Assert.Contains("已由办公室改派给市环卫处", Activities.TextOf((await _f.WaitForNewAsync(_head, headBefore)).Single()));
        foreach (var (member, before) in new[] { (_newHead, newHeadBefore), (_newLiaison, newLiaisonBefore) })
        {
            var dispatch = (await _f.WaitForNewAsync(member, before)).Single();
            Assert.Equal("督办改派：第3条由市政工程处改派给本单位承办。", dispatch["text"]!.GetValue<string>());
            Assert.Contains("背街小巷垃圾清运", Activities.CardText(dispatch));
        }
        Assert.Equal(_to.Id, _f.Store.Items.Get("a3")!.UnitId);
    }

}
