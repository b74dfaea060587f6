using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests.Channel.Robustness;

/// <summary>
/// Production mode (Bot:AppId set, channel tokens signed by the test key and checked against the
/// loopback OpenID metadata, bot tokens from a loopback Entra endpoint): the HTTP answer is given
/// within Channel:AcknowledgeSeconds whatever the outbound side does, and the replies that could not
/// be sent in time arrive later through the outbox.
/// </summary>
public class AcknowledgeWindowTests : IAsyncLifetime
{
    private readonly TestSigningKey _key = new("teams-key-1", "msteams");
    private OpenIdMetadataServer _metadata = null!;
    private EntraTokenEndpoint _entra = null!;
    private BotFixture _f = null!;

    public async Task InitializeAsync()
    {
        _metadata = await OpenIdMetadataServer.StartAsync(TestTokens.ChannelIssuer, _key);
        _entra = await EntraTokenEndpoint.StartAsync();
        _f = await BotFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TestTokens.AppId,
            ["Bot:AppType"] = "MultiTenant",
            ["Bot:ClientSecret"] = "loopback-secret",
            ["Bot:Authentication:OpenIdMetadataUrl"] = _metadata.MetadataUrl,
            ["Channel:AcknowledgeSeconds"] = "2",
            ["Channel:MemberLookupSeconds"] = "0.5",
            ["Channel:TypingAfterMilliseconds"] = "200",
        }, services => services.Replace(ServiceDescriptor.Singleton<IConnectorTokenProvider>(sp => new ConnectorTokenProvider(
            _entra.Credential(), "https://api.botframework.com/.default", TimeProvider.System, sp.GetRequiredService<ILogger<ConnectorTokenProvider>>()))));
    }

    public async Task DisposeAsync()
    {
        await _f.DisposeAsync();
        await _entra.DisposeAsync();
        await _metadata.DisposeAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _f.Bot.BaseUrl + "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Sign(_key, serviceUrl: _f.Connector.ServiceUrl));
        // Without the window the request would wait for the hanging side for ever; this only bounds a failing test.
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await _f.Http.SendAsync(request, bounded.Token);
    }

    private JsonObject Help(Member member) =>
        Activities.Message(_f.Connector.ServiceUrl, $"29:{member.Id}", "帮助", aadObjectId: member.AadObjectId);

    private static JsonObject? ReplyTo(IEnumerable<JsonObject> sent, JsonObject activity) =>
        sent.FirstOrDefault(a => a["replyToId"]?.GetValue<string>() == activity["id"]!.GetValue<string>());

    private IReadOnlyList<OutboxMessage> QueuedReplies() =>
        _f.Store.Lite().Collection<OutboxMessage>("outbox").Find(m => m.Id.StartsWith("reply:")).ToList();

    /// <summary>The reply is queued when the window ends, possibly a moment after the answer went out.</summary>
    private async Task<OutboxMessage> QueuedReplyAsync()
    {
        var until = Environment.TickCount64 + 30_000;
        while (QueuedReplies().Count == 0 && Environment.TickCount64 < until) await Task.Delay(20);
        return Assert.Single(QueuedReplies());
    }

    [Fact]
    public async Task While_the_token_endpoint_hangs_the_channel_is_answered_in_time_and_the_reply_follows_through_the_outbox()
    {
        var member = _f.Member(m => !m.IsOffice);
        var activity = Help(member);

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(_entra.Requests > 0, "the bot asked Entra for a token");
        Assert.Empty(_f.Connector.SentActivities());
        var queued = await QueuedReplyAsync();
        Assert.NotEqual(OutboxStatus.Sent, queued.Status);

        // Entra is back: the outbox delivers the reply, with the bot's token.
        _entra.Answer();
        var reply = ReplyTo(await _f.Connector.WaitForActivitiesAsync(1, 60_000), activity);
        Assert.NotNull(reply);
        Assert.Contains("督办助手能为您做什么", Activities.CardText(reply));
        Assert.Contains(_f.Connector.Calls, c => c.Authorization == "Bearer " + EntraTokenEndpoint.AccessToken);
    }

    [Fact]
    public async Task While_the_connector_is_slow_the_channel_is_answered_in_time_and_the_reply_is_delivered_once()
    {
        _entra.Answer();
        var slow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _f.Connector.Before = call => call.Method == "POST" ? slow.Task : Task.CompletedTask;
        var member = _f.Member(m => !m.IsOffice);
        var activity = Help(member);

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await QueuedReplyAsync();
        slow.SetResult();
        var until = Environment.TickCount64 + 60_000;
        while (QueuedReplies().Single().Status != OutboxStatus.Sent && Environment.TickCount64 < until) await Task.Delay(50);
        Assert.Equal(OutboxStatus.Sent, QueuedReplies().Single().Status);
        var replies = _f.Connector.SentActivities().Where(a => a["replyToId"]?.GetValue<string>() == activity["id"]!.GetValue<string>() && a["type"]?.GetValue<string>() == "message").ToList();
        Assert.Single(replies);
        Assert.Contains("督办助手能为您做什么", Activities.CardText(replies[0]));
    }

    [Fact]
    public async Task A_slow_member_lookup_does_not_hold_the_answer_and_binds_the_member_when_Teams_answers()
    {
        _entra.Answer();
        var member = _f.Member(m => !m.IsOffice && m.Email is not null && m.ChannelUserId is null);
        var teamsAnswers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _f.Connector.Before = call => call.Method == "GET" && call.Path.Contains("/members/") ? teamsAnswers.Task : Task.CompletedTask;
        _f.Connector.Members = [new JsonObject { ["id"] = "29:looked-up", ["name"] = member.Name, ["email"] = member.Email }];
        var activity = Activities.Message(_f.Connector.ServiceUrl, "29:looked-up", "帮助");

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Only this member was asked for, not the conversation's whole list.
        Assert.DoesNotContain(_f.Connector.Calls, c => c.Path.EndsWith("/pagedmembers"));
        Assert.NotNull(ReplyTo(await _f.Connector.WaitForActivitiesAsync(1, 30_000), activity));

        teamsAnswers.SetResult();
        var until = Environment.TickCount64 + 30_000;
        while (_f.Store.Roster.Member(member.Id).ChannelUserId is null && Environment.TickCount64 < until) await Task.Delay(50);
        Assert.Equal("29:looked-up", _f.Store.Roster.Member(member.Id).ChannelUserId);
    }
}
