using Azure.Core;
using ChatBot.Bot.Channel.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Bot.Tests.Channel;

public sealed class ConnectorTokenProviderTests
{
    private const string Scope = "https://api.botframework.com/.default";

    private sealed class ScriptedCredential(FakeTimeProvider time) : TokenCredential
    {
        public int Calls;
        public string? LastScope;
        public bool Fail;

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            LastScope = requestContext.Scopes.Single();
            if (Fail) throw new InvalidOperationException("Entra is down");
            return new AccessToken($"token-{++Calls}", time.GetUtcNow().AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    private static (ConnectorTokenProvider Provider, ScriptedCredential Credential, FakeTimeProvider Time) Create()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        var credential = new ScriptedCredential(time);
        return (new ConnectorTokenProvider(credential, Scope, time, NullLogger<ConnectorTokenProvider>.Instance), credential, time);
    }

    [Fact]
    public async Task Token_is_cached_until_five_minutes_before_expiry()
    {
        var (provider, credential, time) = Create();

        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(1, credential.Calls);
        Assert.Equal(Scope, credential.LastScope);

        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal("token-2", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(2, credential.Calls);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_token_request()
    {
        var (provider, credential, _) = Create();
        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()));
        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task Failed_refresh_falls_back_to_the_unexpired_token_and_then_fails()
    {
        var (provider, credential, time) = Create();
        await provider.GetTokenAsync(CancellationToken.None);

        credential.Fail = true;
        time.Advance(TimeSpan.FromMinutes(57));
        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));

        time.Advance(TimeSpan.FromMinutes(4));
        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetTokenAsync(CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Anonymous_provider_sends_no_token() =>
        Assert.Null(await new AnonymousConnectorTokenProvider().GetTokenAsync(CancellationToken.None));
}
