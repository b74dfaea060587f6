using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Bot.Tests.Features.Relay;

/// <summary>签收 from the dispatch card, over HTTP.</summary>
public class SignForTests : IAsyncLifetime
{
    private RelayFixture _f = null!;
    public async Task InitializeAsync() => _f = await RelayFixture.StartAsync();
    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Signing_records_who_and_when_once_and_answers_with_the_refreshed_card()
    {
        var meeting = RelayWorld.Meeting(_f.Store);
        RelayWorld.Assign(_f.Store, meeting.Id, "szgc", 1, "凤凰山隧道二三期工程抢抓进度");
        RelayWorld.Assign(_f.Store, meeting.Id, "szgc", 2, "金南大道西延线督促施工方落实举措");
        var liaison = _f.Member("m049");

        var first = await _f.InvokeAsync(liaison, RelayCapability.SignFor, RelayWorld.Data(meeting.Id, "szgc"));
        Assert.True(first["type"]!.GetValue<string>() == "application/vnd.microsoft.card.adaptive", first.ToJsonString());
        var card = RelayFixture.CardText(first);
        Assert.Contains($"已签收（{liaison.Name}，11月27日 10:00）", card);
        Assert.Contains("市政工程处 已签收（2 项事项）", card);
        Assert.DoesNotContain("\n签收\n", "\n" + card + "\n"); // the 签收 button is gone

        var items = _f.Store.Lite().Assignments.Find(a => a.UnitId == "szgc").ToList();
        Assert.All(items, a => { Assert.Equal("m049", a.SignedBy); Assert.InRange(a.SignedAt!.Value, BotFixtureNow, BotFixtureNow.AddMinutes(1)); Assert.Equal(AssignmentStatus.SignedFor, a.Status); });
        Assert.Equal("signFor", _f.Store.Audit.For(items[0].Id).Single().Action);

        _f.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await _f.InvokeAsync(_f.Member("m047"), RelayCapability.SignFor, RelayWorld.Data(meeting.Id, "szgc"));
        Assert.Contains($"已于 11月27日 10:00 由 {liaison.Name} 签收", RelayFixture.CardText(again));
        Assert.All(_f.Store.Lite().Assignments.Find(a => a.UnitId == "szgc"), a => Assert.Equal("m049", a.SignedBy));
        Assert.Single(_f.Store.Audit.For(items[0].Id));

        // The channel's status card shows the unit as signed for; only the first 签收 changed it.
        var status = await WaitForStatusAsync(1);
        Assert.Contains("已签收", RelayFixture.Text(status[^1]));
        await Task.Delay(200);
        Assert.Single(_f.StatusCards());
    }

    [Fact]
    public async Task Signing_by_action_submit_on_older_clients_replies_with_the_card()
    {
        var meeting = RelayWorld.Meeting(_f.Store);
        var head = _f.Member("m047");
        await _f.SubmitAsync(head, RelayCapability.SignFor, RelayWorld.Data(meeting.Id, "szgc"));
        Assert.Contains("市政工程处 已签收", RelayFixture.Text(await _f.NextReplyAsync(head, 1)));
        Assert.NotNull(_f.Store.Lite().RelayReceipts.FindById(UnitReceipt.KeyFor("mt1", "szgc")));
    }

    [Fact]
    public async Task Signing_in_english_by_invoke()
    {
        var meeting = RelayWorld.Meeting(_f.Store);
        var body = await _f.InvokeAsync(_f.Member("m047"), RelayCapability.SignFor, RelayWorld.Data(meeting.Id, "szgc"), "en-US");
        Assert.Contains("Signed for by", RelayFixture.CardText(body));
    }

    [Fact]
    public async Task Someone_from_another_unit_cannot_sign_and_nothing_is_recorded()
    {
        var meeting = RelayWorld.Meeting(_f.Store);
        RelayWorld.Assign(_f.Store, meeting.Id, "szgc", 1, "凤凰山隧道二三期工程抢抓进度");
        var otherHead = _f.Store.Roster.Members().First(m => m.HasRole("rsk", UnitRole.Head));
        var body = await _f.InvokeAsync(otherHead, RelayCapability.SignFor, RelayWorld.Data(meeting.Id, "szgc"));
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Contains("只有市政工程处的负责人、副职或联络员", body["value"]!.GetValue<string>());
        Assert.Null(_f.Store.Items.Get("mt1-a1").SignedBy);
        Assert.Empty(_f.Store.Lite().RelayReceipts.FindAll());
    }

    private static readonly DateTimeOffset BotFixtureNow = ChatBot.Bot.Tests.EndToEnd.BotFixture.Now;

    private async Task<IReadOnlyList<System.Text.Json.Nodes.JsonObject>> WaitForStatusAsync(int count)
    {
        var until = Environment.TickCount64 + 10_000;
        while (_f.StatusCards().Count < count && Environment.TickCount64 < until) await Task.Delay(20);
        return _f.StatusCards();
    }
}
