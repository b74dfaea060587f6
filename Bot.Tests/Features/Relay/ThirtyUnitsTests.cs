using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Bot.Tests.Features.Relay;

/// <summary>Thirty units confirm at the same moment, over HTTP; the board must come out right.</summary>
public class ThirtyUnitsTests : IAsyncLifetime
{
    private RelayFixture _f = null!;
    public async Task InitializeAsync() => _f = await RelayFixture.StartAsync();
    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Thirty_concurrent_confirmations_make_thirty_records_and_a_consistent_status_card()
    {
        var units = Enumerable.Range(1, 30).Select(n => RelayWorld.UnitWithHead(_f.Store, n)).ToList();
        RelayWorld.Meeting(_f.Store, units: units.Select(u => u.Unit.Id).ToArray(), forms: [RelayForms.LeadershipTeam]);

        var answers = await Task.WhenAll(units.Select(u =>
            _f.InvokeAsync(u.Head, RelayCapability.Submit, RelayWorld.Form("mt1", u.Unit.Id, "2026-11-26", "班子会议", 20))));

        Assert.All(answers, a => Assert.Contains("已全部完成", RelayFixture.CardText(a)));
        Assert.Equal(30, _f.Store.Lite().RelayConfirmations.Count());
        Assert.Equal(30, _f.Store.Meetings.Confirmations().Select(r => r.Id).Distinct().Count());
        Assert.Equal(30, _f.Store.Lite().Audit.Count(a => a.EntityType == "relay" && a.Action == "confirm"));

        // Every change re-sends the meeting's one status card; the outbox posts it once and then updates
        // that message in place (updates still queued when a newer one arrives are dropped), so the
        // channel ends with one card that says 30/30.
        var until = Environment.TickCount64 + 10_000;
        while (!LatestStatus().Contains("已传达 30/30") && Environment.TickCount64 < until) await Task.Delay(20);
        Assert.Contains("传达落实情况 · 全市城管系统工作推进会", LatestStatus());
        Assert.True(LatestStatus().Contains("已传达 30/30"), string.Join("\n", _f.Store.Lite().Collection<ChatBot.Bot.Outbox.OutboxMessage>("outbox").FindAll().Select(m => $"{m.Id} {m.Status} a={m.Attempts} upd={m.UpdateOfKey} next={m.NextAttemptAt:HH:mm:ss.fff} {m.FailureReason}")) + "\nnow=" + _f.Clock.GetUtcNow().ToString("HH:mm:ss.fff"));
        var channelCalls = _f.Connector.Calls.Where(c => c.Path.Contains(Uri.EscapeDataString(RelayFixture.Channel)) || c.Path.Contains(RelayFixture.Channel)).ToList();
        Assert.Single(channelCalls, c => c.Method == "POST");
        var updated = channelCalls.Where(c => c.Method == "PUT").Select(c => c.Path).Distinct().ToList();
        Assert.True(updated.Count <= 1, "every update replaces the same message");

        var board = new RelayBoard(_f.Store).States(_f.Store.Meetings.Get("mt1"), RelayWorld.Today);
        Assert.All(board, s => Assert.Equal(RelayState.Relayed, s.State));
        var office = _f.Member("m007");
        await _f.SayAsync(office, "传达情况", Intent.Of(RelayCapability.Status));
        Assert.Contains("已传达 30/30", RelayFixture.Text(await _f.NextReplyAsync(office, 1)));
    }

    private string LatestStatus() => _f.StatusCards().Select(RelayFixture.Text).LastOrDefault() ?? "";

    [Fact]
    public async Task Every_status_message_carries_the_meetings_one_update_key()
    {
        RelayWorld.Meeting(_f.Store);
        var engine = _f.Get<TurnEngine>();
        var results = new List<TurnResult>();
        foreach (var (member, verb, data) in new[]
        {
            ("m047", RelayCapability.SignFor, RelayWorld.Data("mt1", "szgc")),
            ("m047", RelayCapability.Submit, RelayWorld.Form("mt1", "szgc", "2026-11-26", "班子会议", 9)),
            ("m049", RelayCapability.Submit, RelayWorld.Form("mt1", "szgc", "2026-11-26", "干部职工大会", 30)),
        })
        {
            var m = _f.Member(member);
            var action = data.DeepClone().AsObject();
            action["verb"] = verb.Name;
            results.Add(await engine.HandleAsync(new TurnRequest
            {
                ConversationId = $"a:29:{m.Id}", Speaker = new Speaker($"29:{m.Id}", m.AadObjectId, null, m.Name),
                Action = action, ExpectsCardResponse = true, ActivityId = Guid.NewGuid().ToString(),
            }, CancellationToken.None));
        }
        var messages = results.SelectMany(r => r.Proactive).ToList();
        Assert.Equal(3, messages.Count);
        Assert.All(messages, p => { Assert.Equal("status:mt1", p.UpdateKey); Assert.Equal(RelayFixture.Channel, p.ConversationId); });
        Assert.Equal(3, messages.Select(p => p.IdempotencyKey).Distinct().Count());
        Assert.All(results, r => Assert.NotNull(r.CardResponse));
    }
}
