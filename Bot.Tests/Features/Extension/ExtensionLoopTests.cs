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

    private Task<HttpResponseMessage> PressAsync(Member member, JsonObject value, string locale = "zh-CN")
    {
        var activity = Activities.Message(_f.Connector.ServiceUrl, $"29:{member.Id}", "", locale, member.AadObjectId);
        activity.Remove("text");
        activity["value"] = value;
        return _f.Http.PostAsync(_f.Bot.BaseUrl, activity);
    }

    private List<JsonObject> SentTo(Member m) =>
        _f.Connector.SentActivities().Where(a => a["conversation"]?["id"]?.GetValue<string>() == $"a:29:{m.Id}").ToList();

    private async Task<List<JsonObject>> WaitForNewAsync(Member m, int before, int count = 1)
    {
        var until = Environment.TickCount64 + 15_000;
        while (SentTo(m).Count < before + count && Environment.TickCount64 < until) await Task.Delay(20);
        var got = SentTo(m).Skip(before).ToList();
        Assert.True(got.Count >= count, $"{m.Name} got {got.Count} of {count} message(s) within 15 s");
        return got;
    }

    private static string TextOf(JsonObject activity) => activity["text"]?.GetValue<string>() ?? Activities.CardText(activity) ?? "";

    private static JsonObject Submit(JsonObject activity, string verb) =>
        FindSubmit(activity["attachments"]![0]!["content"]!, verb) ?? throw new Xunit.Sdk.XunitException($"no {verb} button");

    [Fact]
    public async Task Typed_request_then_a_restart_then_the_office_approves_by_card()
    {
        var officeBefore = _office.ToDictionary(m => m.Id, m => SentTo(m).Count);
        var headBefore = SentTo(_head).Count;
        await _f.SayAsync(_head, "第3条申请延期到12月20日，原因：招标流标，需重新招标");
        Assert.Equal("已提交第3条的延期申请（延期至2026年12月20日），等待办公室审批。", TextOf((await WaitForNewAsync(_head, headBefore)).Single()));
        var cards = new List<JsonObject>();
        foreach (var office in _office)
        {
            var card = (await WaitForNewAsync(office, officeBefore[office.Id])).Single();
            Assert.Contains("原因：招标流标，需重新招标", Activities.CardText(card));
            cards.Add(card);
        }

        // The bot restarts between the request and the decision: the card still works, once.
        await _f.RestartAsync();
        var approver = _office[0];
        var approverBefore = SentTo(approver).Count;
        headBefore = SentTo(_head).Count;
        var liaisonBefore = SentTo(_liaison).Count;
        await PressAsync(approver, Submit(cards[0], "extensionApprove"));
        Assert.Equal("已同意第3条延期：截止日期由2026年12月10日调整为2026年12月20日，已通知承办单位。", TextOf((await WaitForNewAsync(approver, approverBefore)).Single()));
        foreach (var (member, before) in new[] { (_head, headBefore), (_liaison, liaisonBefore) })
            Assert.Contains("延期申请已获同意", TextOf((await WaitForNewAsync(member, before)).Single()));
        var item = _f.Store.Items.Get("a3")!;
        Assert.Equal((new DateOnly(2026, 12, 20), new DateOnly(2026, 12, 10)), ((DateOnly)item.Due!, (DateOnly)item.OriginalDue!));

        // The other office member's card is now stale.
        var other = _office[1];
        var otherBefore = SentTo(other).Count;
        await PressAsync(other, Submit(cards[1], "extensionApprove"));
        Assert.Equal($"第3条的这份延期申请已由{approver.Name}同意，无需再次审批。", TextOf((await WaitForNewAsync(other, otherBefore)).Single()));
        Assert.Single(_f.Store.Audit.For("a3"), e => e.Action == AuditActions.ExtensionApprove);
    }

    [Fact]
    public async Task English_request_and_a_typed_refusal_with_a_reason()
    {
        var office = _office[1];
        var cardBefore = SentTo(office).Count;
        var headBefore = SentTo(_head).Count;
        await _f.SayAsync(_head, "request extension of item 3 to Dec 20, reason: the tender failed", "en-US");
        Assert.Equal("Extension requested for item 3 (to Dec 20, 2026); waiting for the office to decide.", TextOf((await WaitForNewAsync(_head, headBefore)).Single()));

        // The decision card reaches the office through the outbox: wait for it, so the reply below is the next message.
        await WaitForNewAsync(office, cardBefore);
        var officeBefore = SentTo(office).Count;
        headBefore = SentTo(_head).Count;
        await _f.SayAsync(office, "不同意第3条延期，理由：年底前必须完成");
        Assert.Equal("已答复第3条不予延期，截止日期不变，已通知承办单位。", TextOf((await WaitForNewAsync(office, officeBefore + 0, 1)).Last()));
        // The head wrote in English, so the answer reaches them in English.
        Assert.Contains("Reason: 年底前必须完成", TextOf((await WaitForNewAsync(_head, headBefore)).Single()));
        Assert.Equal(new DateOnly(2026, 12, 10), _f.Store.Items.Get("a3")!.Due);
    }

    private static JsonObject? FindSubmit(JsonNode node, string verb) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Submit" && o["data"]?["verb"]?.GetValue<string>() == verb => o["data"]!.DeepClone().AsObject(),
        JsonObject o => o.Select(p => p.Value is null ? null : FindSubmit(p.Value, verb)).FirstOrDefault(x => x is not null),
        JsonArray a => a.Select(x => x is null ? null : FindSubmit(x, verb)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
