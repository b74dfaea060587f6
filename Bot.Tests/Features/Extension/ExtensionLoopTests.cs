using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;

namespace ChatBot.Bot.Tests.Features.Extension;

/// <summary>
/// 延期 over HTTP on the real bot (Kestrel, the sample roster, the rule path, a LiteDB file): the unit
/// types its request, the office's card survives a restart of the bot and decides it, and the unit is told.
/// </summary>
public sealed class ExtensionLoopTests : IAsyncLifetime
{
    private BotFixture _f = null!;
    private Unit _unit = null!;
    private Member _head = null!, _liaison = null!;
    private List<Member> _office = null!;

    public async Task InitializeAsync()
    {
        _f = await BotFixture.StartAsync();
        _unit = _f.Unit("市政工程处");
        _head = _f.Member(m => m.HasRole(_unit.Id, UnitRole.Head));
        _liaison = _f.Member(m => m.HasRole(_unit.Id, UnitRole.Liaison));
        _office = _f.Store.Roster.Members().Where(m => m.IsOffice).ToList();
        _f.Store.Write(s => s.Items.Add(new Assignment
        {
            Id = "a3", Number = 3, DirectiveId = "d3", MeetingId = "mt1", UnitId = _unit.Id, Task = "凤凰山隧道二三期工程抢抓进度",
            Due = new DateOnly(2026, 12, 10), Status = AssignmentStatus.InProgress,
        }));
        var everyone = _office.Append(_head).Append(_liaison).ToList();
        foreach (var m in everyone) await _f.SayAsync(m, "帮助");
        await _f.Connector.WaitForActivitiesAsync(everyone.Count);
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private static JsonObject Submit(JsonObject activity, string verb) =>
        Activities.FindSubmit(activity["attachments"]![0]!["content"]!, verb) ?? throw new Xunit.Sdk.XunitException($"no {verb} button");

    [Fact]
    public async Task Typed_request_then_a_restart_then_the_office_approves_by_card()
    {
        var officeBefore = _office.ToDictionary(m => m.Id, m => _f.SentTo(m).Count);
        var headBefore = _f.SentTo(_head).Count;
        await _f.SayAsync(_head, "第3条申请延期到12月20日，原因：招标流标，需重新招标");
        Assert.Equal("已提交第3条的延期申请（延期至2026年12月20日），等待办公室审批。", Activities.TextOf((await _f.WaitForNewAsync(_head, headBefore)).Single()));
        var cards = new List<JsonObject>();
        foreach (var office in _office)
        {
            var card = (await _f.WaitForNewAsync(office, officeBefore[office.Id])).Single();
            Assert.Contains("原因：招标流标，需重新招标", Activities.CardText(card));
            cards.Add(card);
        }

        // The bot restarts between the request and the decision: the card still works, once.
        await _f.RestartAsync();
        var approver = _office[0];
        var approverBefore = _f.SentTo(approver).Count;
        headBefore = _f.SentTo(_head).Count;
        var liaisonBefore = _f.SentTo(_liaison).Count;
        await _f.PressAsync(approver, Submit(cards[0], "extensionApprove"));
        Assert.Equal("已同意第3条延期：截止日期由2026年12月10日调整为2026年12月20日，已通知承办单位。", Activities.TextOf((await _f.WaitForNewAsync(approver, approverBefore)).Single()));
        foreach (var (member, before) in new[] { (_head, headBefore), (_liaison, liaisonBefore) })
            Assert.Contains("延期申请已获同意", Activities.TextOf((await _f.WaitForNewAsync(member, before)).Single()));
        var item = _f.Store.Items.Get("a3")!;
        Assert.Equal((new DateOnly(2026, 12, 20), new DateOnly(2026, 12, 10)), ((DateOnly)item.Due!, (DateOnly)item.OriginalDue!));

        // The other office member's card is now stale.
        var other = _office[1];
        var otherBefore = _f.SentTo(other).Count;
        await _f.PressAsync(other, Submit(cards[1], "extensionApprove"));
        Assert.Equal($"第3条的这份延期申请已由{approver.Name}同意，无需再次审批。", Activities.TextOf((await _f.WaitForNewAsync(other, otherBefore)).Single()));
        Assert.Single(_f.Store.Audit.For("a3"), e => e.Action == AuditActions.ExtensionApprove);
    }

    [Fact]
    public async Task English_request_and_a_typed_refusal_with_a_reason()
    {
        var office = _office[1];
        var cardBefore = _f.SentTo(office).Count;
        var headBefore = _f.SentTo(_head).Count;
        await _f.SayAsync(_head, "request extension of item 3 to Dec 20, reason: the tender failed", "en-US");
        Assert.Equal("Extension requested for item 3 (to Dec 20, 2026); waiting for the office to decide.", Activities.TextOf((await _f.WaitForNewAsync(_head, headBefore)).Single()));

        // The decision card reaches the office through the outbox: wait for it, so the reply below is the next message.
        await _f.WaitForNewAsync(office, cardBefore);
        var officeBefore = _f.SentTo(office).Count;
        headBefore = _f.SentTo(_head).Count;
        await _f.SayAsync(office, "不同意第3条延期，理由：年底前必须完成");
        Assert.Equal("已答复第3条不予延期，截止日期不变，已通知承办单位。", Activities.TextOf((await _f.WaitForNewAsync(office, officeBefore + 0, 1)).Last()));
        // The head wrote in English, so the answer reaches them in English.
        Assert.Contains("Reason: 年底前必须完成", Activities.TextOf((await _f.WaitForNewAsync(_head, headBefore)).Single()));
        Assert.Equal(new DateOnly(2026, 12, 10), _f.Store.Items.Get("a3")!.Due);
    }

}
