using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using Azure.Core;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ChatBot.Bot.Tests.Infrastructure;
using Reply = ChatBot.TestKit.FakeConnector.Reply;

namespace ChatBot.Bot.Tests.Channel;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync(pathBase: "/teams/");
    public async Task DisposeAsync() => await _connector.DisposeAsync();

    /// <summary>Every call the client made, and the ones the service answered with 2xx.</summary>
    private List<FakeConnector.Call> Attempts => _connector.Calls.ToList();
    private List<FakeConnector.Call> Delivered => _connector.Calls.Where(c => c.Delivered).ToList();

    /// <summary>A credential that hands out numbered tokens, so the test sees how often it was asked.</summary>
    private sealed class CountingCredential : TokenCredential
    {
        public int Calls;
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new($"token-{Interlocked.Increment(ref Calls)}", DateTimeOffset.UtcNow.AddHours(1));
        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    private static Dictionary<string, string?> FastRetries(bool withAppId) => new()
    {
        ["Bot:AppId"] = withAppId ? TestTokens.AppId : null,
        ["Bot:AppType"] = "MultiTenant",
        ["Bot:ClientSecret"] = "unused-the-credential-is-faked",
        ["Bot:Connector:BaseDelay"] = "00:00:00.050",
        ["Bot:Connector:MaxDelay"] = "00:00:00.200",
        ["Bot:Connector:AttemptTimeout"] = "00:00:01",
        ["Bot:Connector:TotalTimeout"] = "00:00:15",
    };

    private (IConnectorClient Client, TrustedServiceUrls Trusted, CountingCredential Credential) Build(
        bool withAppId = true, Action<Dictionary<string, string?>>? tweak = null)
    {
        var settings = FastRetries(withAppId);
        tweak?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var credential = new CountingCredential();
        var services = new ServiceCollection().AddLogging();
        if (withAppId)
            services.AddSingleton<IConnectorTokenProvider>(new ConnectorTokenProvider(
                credential, "https://api.botframework.com/.default", TimeProvider.System, NullLogger<ConnectorTokenProvider>.Instance));
        services.AddBotConnector(configuration);
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IConnectorClient>(), provider.GetRequiredService<TrustedServiceUrls>(), credential);
    }

    private static Activity Message(string text) => new() { Type = Activity.Types.Message, Text = text };

    private async Task<(IConnectorClient Client, CountingCredential Credential)> TrustedClient(bool withAppId = true,
        Action<Dictionary<string, string?>>? tweak = null)
    {
        var (client, trusted, credential) = Build(withAppId, tweak);
        Assert.True(trusted.Trust(_connector.ServiceUrl));
        await Task.CompletedTask;
        return (client, credential);
    }

    [Fact]
    public async Task Send_goes_out_once_with_the_bearer_token_and_the_activity_body()
    {
        var (client, credential) = await TrustedClient();

        var response = await client.SendToConversationAsync(_connector.ServiceUrl, "a:1 2", Message("你好"), CancellationToken.None);

        var delivered = Assert.Single(Delivered);
        Assert.Equal("POST", delivered.Method);
        Assert.Equal("/teams/v3/conversations/a%3A1%202/activities", delivered.Target);
        Assert.Equal("Bearer token-1", delivered.Authorization);
        Assert.Equal("你好", delivered.Body!["text"]!.GetValue<string>());
        Assert.Equal(delivered.AnsweredId, response.Id);
        Assert.Equal(1, credential.Calls);
    }

    private Task<PagedMembersResult> ReadMembersAsync(IConnectorClient client) =>
        client.GetPagedMembersAsync(_connector.ServiceUrl, "a:1", 100, null, CancellationToken.None);

    [Fact]
    public async Task Throttled_read_waits_for_retry_after_seconds_and_is_answered()
    {
        _connector.Script(Reply.With(429, retryAfter: "1"));
        var (client, credential) = await TrustedClient();

        await ReadMembersAsync(client);

        Assert.Equal(2, Attempts.Count);
        Assert.Single(Delivered);
        Assert.All(Attempts, a => Assert.Equal("Bearer token-1", a.Authorization));
        Assert.Equal(1, credential.Calls); // the cached token is reused by the retry
        // Backoff here is 50 ms, so a gap near a second can only come from Retry-After.
        Assert.True(Attempts[1].At - Attempts[0].At >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_honoured()
    {
        _connector.Script(Reply.With(429, retryAfter: DateTimeOffset.UtcNow.AddSeconds(3).ToString("R")));
        var (client, _) = await TrustedClient();

        await ReadMembersAsync(client);

        Assert.Equal(2, Attempts.Count);
        Assert.Single(Delivered);
        // The date has whole-second precision, so the wait is between one and three seconds.
        Assert.True(Attempts[1].At - Attempts[0].At >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task Bad_gateway_gateway_timeout_and_precondition_failed_are_retried_for_a_read()
    {
        _connector.Script(Reply.With(502), Reply.With(504), Reply.With(412));
        var (client, _) = await TrustedClient();

        await ReadMembersAsync(client);

        Assert.Equal(4, Attempts.Count);
        Assert.Equal("GET", Assert.Single(Delivered).Method);
    }

    /// <summary>
    /// One retry layer: a post, an update or a delete goes out once and its failure goes to the caller with
    /// the server's Retry-After; the outbox retries it durably under its own cap. Retrying here as well
    /// would multiply the attempts, and Teams does not de-duplicate posts.
    /// </summary>
    [Theory]
    [InlineData("POST send", 429)]
    [InlineData("POST reply", 502)]
    [InlineData("POST create", 504)]
    [InlineData("PUT", 412)]
    [InlineData("DELETE", 429)]
    public async Task Writes_are_not_retried_by_the_connector_and_hand_the_retry_after_to_the_caller(string call, int status)
    {
        _connector.Script(Reply.With(status, retryAfter: "3"), Reply.With(status, retryAfter: "3"));
        var (client, _) = await TrustedClient();

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => call switch
        {
            "POST send" => client.SendToConversationAsync(_connector.ServiceUrl, "a:1", Message("hi"), CancellationToken.None),
            "POST reply" => client.ReplyToActivityAsync(_connector.ServiceUrl, "a:1", "act-1", Message("hi"), CancellationToken.None),
            "POST create" => client.CreateConversationAsync(_connector.ServiceUrl, new ConversationParameters { IsGroup = false, TenantId = "t" }, CancellationToken.None),
            "PUT" => client.UpdateActivityAsync(_connector.ServiceUrl, "a:1", "act-1", Message("edited"), CancellationToken.None),
            _ => client.DeleteActivityAsync(_connector.ServiceUrl, "a:1", "act-1", CancellationToken.None),
        });

        Assert.Equal(status, ex.StatusCode);
        Assert.True(ex.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(3), ex.RetryAfter);
        Assert.Single(Attempts);
        Assert.Empty(Delivered);
    }

    [Fact]
    public async Task Read_that_hangs_past_the_timeout_is_abandoned_and_retried()
    {
        _connector.Script(Reply.Hangs);
        var (client, _) = await TrustedClient();

        await ReadMembersAsync(client);

        Assert.Equal(2, Attempts.Count);
        Assert.Equal("GET", Assert.Single(Delivered).Method);
    }

    [Fact]
    public async Task Persistent_throttling_of_a_read_ends_in_a_connector_exception_after_four_attempts()
    {
        _connector.Script(Enumerable.Repeat(Reply.With(429), 10).ToArray());
        var (client, _) = await TrustedClient();

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => ReadMembersAsync(client));

        Assert.Equal(429, ex.StatusCode);
        Assert.True(ex.IsTransient);
        Assert.Equal(4, Attempts.Count);
        Assert.Empty(Delivered);
    }

    [Fact]
    public async Task Retry_after_longer_than_the_client_waits_fails_at_once_and_hands_the_wait_over()
    {
        _connector.Script(Reply.With(429, retryAfter: "120"));
        var (client, _) = await TrustedClient();

        var ex = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(_connector.ServiceUrl, "a:1", Message("hi"), CancellationToken.None));

        Assert.Equal(429, ex.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
        Assert.Single(Attempts);
        Assert.Empty(Delivered);
    }

    [Fact]
    public async Task Permanent_error_is_not_retried()
    {
        _connector.Script(Reply.With(404));
        var (client, _) = await TrustedClient();

        var ex = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.DeleteActivityAsync(_connector.ServiceUrl, "a:1", "act-1", CancellationToken.None));

        Assert.Equal(404, ex.StatusCode);
        Assert.False(ex.IsTransient);
        Assert.Single(Attempts);
    }

    [Fact]
    public async Task Server_error_is_not_retried_so_a_post_is_not_duplicated()
    {
        _connector.Script(Reply.With(500));
        var (client, _) = await TrustedClient();

        var ex = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(_connector.ServiceUrl, "a:1", Message("hi"), CancellationToken.None));

        Assert.Equal(500, ex.StatusCode);
        Assert.Single(Attempts);
    }

    [Fact]
    public async Task Connector_that_never_answers_ends_in_a_timeout_within_the_total_budget()
    {
        _connector.Script(Enumerable.Repeat(Reply.Hangs, 10).ToArray());
        var (client, _) = await TrustedClient(tweak: s =>
        {
            s["Bot:Connector:AttemptTimeout"] = "00:00:00.300";
            s["Bot:Connector:TotalTimeout"] = "00:00:00.800";
        });

        var clock = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(_connector.ServiceUrl, "a:1", Message("hi"), CancellationToken.None));

        Assert.Equal(0, ex.StatusCode);
        Assert.True(ex.IsTransient);
        Assert.Empty(Delivered);
        Assert.InRange(Attempts.Count, 1, 4);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Caller_cancellation_is_not_turned_into_a_connector_error()
    {
        _connector.Script(Reply.Hangs);
        var (client, _) = await TrustedClient();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.SendToConversationAsync(_connector.ServiceUrl, "a:1", Message("hi"), cts.Token));
    }

    [Fact]
    public async Task Untrusted_service_url_is_refused_without_any_request()
    {
        var (client, _, credential) = Build();

        var ex = await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            client.SendToConversationAsync(_connector.ServiceUrl, "a:1", Message("hi"), CancellationToken.None));
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            client.SendToConversationAsync("https://attacker.example/", "a:1", Message("hi"), CancellationToken.None));

        Assert.Equal(_connector.ServiceUrl, ex.ServiceUrl);
        Assert.Empty(Attempts);
        Assert.Equal(0, credential.Calls);
    }

    [Fact]
    public async Task Without_app_id_loopback_is_trusted_and_no_token_is_sent()
    {
        var (client, _, _) = Build(withAppId: false);

        await client.GetPagedMembersAsync(_connector.ServiceUrl, "a:1", 50, "next page", CancellationToken.None);

        // A read may be retried when the machine is slow to answer; none carries a token.
        Assert.All(Attempts, a => Assert.Null(a.Authorization));
        Assert.Equal("/teams/v3/conversations/a%3A1/pagedmembers?pageSize=50&continuationToken=next%20page", Attempts[0].Target);
    }

    [Fact]
    public async Task Without_app_id_a_public_host_is_still_refused()
    {
        var (client, _, _) = Build(withAppId: false);
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            client.SendToConversationAsync("https://smba.trafficmanager.net/teams/", "a:1", Message("hi"), CancellationToken.None));
    }
}
