using ChatBot.Bot.Channel.Auth;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Bot.Tests.Channel;

public sealed class BotAuthenticatorTests : IAsyncLifetime
{
    private const string TenantA = "11111111-aaaa-4aaa-8aaa-111111111111";
    private const string BotTenant = "22222222-bbbb-4bbb-8bbb-222222222222";

    private readonly TestSigningKey _teamsKey = new("teams-key-1", "msteams", "webchat");
    private readonly TestSigningKey _otherChannelKey = new("slack-key-1", "slack");
    private readonly TestSigningKey _unpublishedKey = new("never-published", "msteams");
    private OpenIdMetadataServer _metadata = null!;
    private readonly TrustedServiceUrls _trusted = new(trustAnyLoopback: false);

    public async Task InitializeAsync() =>
        _metadata = await OpenIdMetadataServer.StartAsync(TestTokens.ChannelIssuer, _teamsKey, _otherChannelKey);

    public async Task DisposeAsync() => await _metadata.DisposeAsync();

    private BotOptions Options(Action<BotOptions>? change = null)
    {
        var options = new BotOptions
        {
            AppId = TestTokens.AppId,
            AppType = BotAppType.MultiTenant,
            ClientSecret = "not-used-here",
            Authentication = { OpenIdMetadataUrl = _metadata.MetadataUrl },
        };
        change?.Invoke(options);
        return options;
    }

    private BotAuthenticator Authenticator(BotOptions? options = null, TimeSpan? forcedRefreshInterval = null) =>
        new(Microsoft.Extensions.Options.Options.Create(options ?? Options()), _trusted, NullLogger<BotAuthenticator>.Instance,
            TimeProvider.System, new HttpClient(), forcedRefreshInterval);

    private static Activity TeamsActivity(string? tenant = TenantA, string channelId = "msteams", string serviceUrl = TestTokens.ServiceUrl) => new()
    {
        Type = Activity.Types.Message,
        Id = "1",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "a:1", TenantId = tenant },
        Text = "hi",
    };

    private static string Bearer(string token) => "Bearer " + token;

    private async Task<BotAuthResult> Check(string? header, Activity? activity = null, BotAuthenticator? authenticator = null) =>
        await (authenticator ?? Authenticator()).AuthenticateAsync(header, activity ?? TeamsActivity(), CancellationToken.None);

    private static void AssertUnauthorized(BotAuthResult result, string? reasonContains = null)
    {
        Assert.Equal(BotAuthStatus.Unauthorized, result.Status);
        if (reasonContains is not null) Assert.Contains(reasonContains, result.Reason);
    }

    [Fact]
    public async Task Valid_channel_token_passes_and_trusts_the_serviceUrl()
    {
        Assert.False(_trusted.IsTrusted(TestTokens.ServiceUrl));

        var result = await Check(Bearer(TestTokens.Sign(_teamsKey)));

        Assert.Equal(BotAuthStatus.Ok, result.Status);
        Assert.True(_trusted.IsTrusted(TestTokens.ServiceUrl));
        Assert.True(_trusted.IsTrusted("https://smba.trafficmanager.net/emea/"));
    }

    [Fact]
    public async Task Lowercase_bearer_scheme_and_serviceUrl_without_trailing_slash_pass()
    {
        var result = await Check("bearer " + TestTokens.Sign(_teamsKey, serviceUrl: "https://smba.trafficmanager.net/amer"));
        Assert.Equal(BotAuthStatus.Ok, result.Status);
    }

    [Fact]
    public async Task Missing_header_is_unauthorized()
    {
        var result = await Check(null);
        AssertUnauthorized(result, "no Authorization");
        Assert.Equal(401, result.HttpStatusCode);
    }

    [Fact]
    public async Task Empty_header_is_unauthorized() => AssertUnauthorized(await Check("  "), "no Authorization");

    [Fact]
    public async Task Other_scheme_is_unauthorized() =>
        AssertUnauthorized(await Check("Basic " + TestTokens.Sign(_teamsKey)), "not Bearer");

    [Fact]
    public async Task Bearer_without_value_is_unauthorized() => AssertUnauthorized(await Check("Bearer"), "not Bearer");

    [Fact]
    public async Task Not_a_jwt_is_unauthorized() => AssertUnauthorized(await Check("Bearer abc.def"), "not a");

    [Fact]
    public async Task Bad_signature_is_unauthorized()
    {
        var genuine = TestTokens.Sign(_teamsKey);
        var forged = TestTokens.WithForeignSignature(TestTokens.Sign(_teamsKey, audience: "someone-else"), genuine);
        AssertUnauthorized(await Check(Bearer(forged)), "Signature");
    }

    [Fact]
    public async Task Token_signed_by_an_impostor_key_with_a_published_kid_is_unauthorized()
    {
        var impostor = new TestSigningKey(_teamsKey.Kid, "msteams");
        AssertUnauthorized(await Check(Bearer(TestTokens.Sign(impostor))), "Signature");
    }

    [Fact]
    public async Task Unknown_kid_forces_one_refresh_then_is_unauthorized()
    {
        var authenticator = Authenticator();
        Assert.Equal(BotAuthStatus.Ok, (await Check(Bearer(TestTokens.Sign(_teamsKey)), authenticator: authenticator)).Status);
        Assert.Equal(1, _metadata.KeyFetches);

        AssertUnauthorized(await Check(Bearer(TestTokens.Sign(_unpublishedKey)), authenticator: authenticator), "not published");
        Assert.Equal(2, _metadata.KeyFetches);

        // A second made-up kid inside the throttle window must not hit the metadata host again.
        AssertUnauthorized(await Check(Bearer(TestTokens.Sign(new TestSigningKey("another-bogus", "msteams"))), authenticator: authenticator));
        Assert.Equal(2, _metadata.KeyFetches);
    }

    [Fact]
    public async Task Rotated_key_is_picked_up_without_restart()
    {
        var authenticator = Authenticator();
        Assert.True((await Check(Bearer(TestTokens.Sign(_teamsKey)), authenticator: authenticator)).IsOk);

        var rotated = new TestSigningKey("teams-key-2", "msteams");
        _metadata.Publish(rotated);

        var result = await Check(Bearer(TestTokens.Sign(rotated)), authenticator: authenticator);
        Assert.Equal(BotAuthStatus.Ok, result.Status);
        Assert.Equal(2, _metadata.KeyFetches);
    }

    [Fact]
    public async Task Expired_token_is_unauthorized()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Sign(_teamsKey, notBefore: now.AddMinutes(-70), expires: now.AddMinutes(-10));
        AssertUnauthorized(await Check(Bearer(token)), "Expired");
    }

    [Fact]
    public async Task Token_expired_within_the_five_minute_skew_passes()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Sign(_teamsKey, notBefore: now.AddMinutes(-60), expires: now.AddMinutes(-2));
        Assert.True((await Check(Bearer(token))).IsOk);
    }

    [Fact]
    public async Task Not_yet_valid_token_is_unauthorized()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Sign(_teamsKey, notBefore: now.AddMinutes(10), expires: now.AddMinutes(70));
        AssertUnauthorized(await Check(Bearer(token)), "NotYetValid");
    }

    [Fact]
    public async Task Wrong_audience_is_unauthorized() =>
        AssertUnauthorized(await Check(Bearer(TestTokens.Sign(_teamsKey, audience: "another-bot"))), "Audience");

    [Fact]
    public async Task Wrong_issuer_is_unauthorized() =>
        AssertUnauthorized(await Check(Bearer(TestTokens.Sign(_teamsKey, issuer: "https://evil.example"))), "issuer");

    [Fact]
    public async Task Entra_issuer_is_unauthorized_for_a_multi_tenant_bot() =>
        AssertUnauthorized(await Check(Bearer(TestTokens.Sign(_teamsKey, issuer: $"https://sts.windows.net/{BotTenant}/"))), "issuer");

    [Fact]
    public async Task Missing_serviceurl_claim_is_unauthorized() =>
        AssertUnauthorized(await Check(Bearer(TestTokens.Sign(_teamsKey, serviceUrl: null))), "serviceurl");

    [Fact]
    public async Task Different_serviceurl_claim_is_unauthorized()
    {
        var result = await Check(Bearer(TestTokens.Sign(_teamsKey, serviceUrl: "https://attacker.example/")));
        AssertUnauthorized(result, "serviceurl");
        Assert.False(_trusted.IsTrusted("https://attacker.example/"));
        Assert.False(_trusted.IsTrusted(TestTokens.ServiceUrl));
    }

    [Fact]
    public async Task Key_not_endorsing_the_channel_is_unauthorized() =>
        AssertUnauthorized(await Check(Bearer(TestTokens.Sign(_otherChannelKey))), "endorse");

    [Fact]
    public async Task Activity_claiming_another_channel_than_the_key_endorses_is_unauthorized() =>
        AssertUnauthorized(await Check(Bearer(TestTokens.Sign(_teamsKey)), TeamsActivity(channelId: "skype")), "endorse");

    [Fact]
    public async Task Alg_none_is_unauthorized() =>
        AssertUnauthorized(await Check(Bearer(TestTokens.Unsigned(_teamsKey.Kid))), "not allowed");

    [Fact]
    public async Task Hs256_signed_with_the_public_key_is_unauthorized() =>
        AssertUnauthorized(await Check(Bearer(TestTokens.HmacWithPublicKey(_teamsKey))), "not allowed");

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Rs384_and_rs512_pass(string algorithm) =>
        Assert.True((await Check(Bearer(TestTokens.Sign(_teamsKey, algorithm: algorithm)))).IsOk);

    [Fact]
    public async Task Rsa_pss_is_unauthorized() =>
        AssertUnauthorized(await Check(Bearer(TestTokens.Sign(_teamsKey, algorithm: SecurityAlgorithms.RsaSsaPssSha256))), "not allowed");

    [Fact]
    public async Task Tenant_not_allowed_is_forbidden()
    {
        var authenticator = Authenticator(Options(o => o.AllowedTenants = [BotTenant]));
        var result = await Check(Bearer(TestTokens.Sign(_teamsKey)), TeamsActivity(tenant: TenantA), authenticator);
        Assert.Equal(BotAuthStatus.Forbidden, result.Status);
        Assert.Equal(403, result.HttpStatusCode);

        var allowed = await Check(Bearer(TestTokens.Sign(_teamsKey)), TeamsActivity(tenant: BotTenant.ToUpperInvariant()), authenticator);
        Assert.Equal(BotAuthStatus.Ok, allowed.Status);
    }

    [Fact]
    public async Task Activity_without_tenant_is_forbidden_when_tenants_are_restricted()
    {
        var authenticator = Authenticator(Options(o => o.AllowedTenants = [BotTenant]));
        var result = await Check(Bearer(TestTokens.Sign(_teamsKey)), TeamsActivity(tenant: null), authenticator);
        Assert.Equal(BotAuthStatus.Forbidden, result.Status);
    }

    [Fact]
    public async Task Tenant_from_channelData_is_honoured()
    {
        var authenticator = Authenticator(Options(o => o.AllowedTenants = [BotTenant]));
        var activity = TeamsActivity(tenant: null);
        activity.ChannelData = System.Text.Json.Nodes.JsonNode.Parse($$$"""{"tenant":{"id":"{{{BotTenant}}}"}}""");
        Assert.True((await Check(Bearer(TestTokens.Sign(_teamsKey)), activity, authenticator)).IsOk);
    }

    [Fact]
    public async Task Unauthorized_token_is_checked_before_the_tenant()
    {
        var authenticator = Authenticator(Options(o => o.AllowedTenants = [BotTenant]));
        var result = await Check(null, TeamsActivity(tenant: TenantA), authenticator);
        Assert.Equal(BotAuthStatus.Unauthorized, result.Status);
    }

    [Fact]
    public async Task Single_tenant_bot_accepts_entra_tokens_of_its_tenant_but_does_not_trust_their_serviceUrl()
    {
        var entraKey = new TestSigningKey("entra-key-1");
        await using var entra = await OpenIdMetadataServer.StartAsync($"https://login.microsoftonline.com/{BotTenant}/v2.0", entraKey);
        var authenticator = Authenticator(Options(o =>
        {
            o.AppType = BotAppType.SingleTenant;
            o.TenantId = BotTenant;
            o.Authentication.TenantOpenIdMetadataUrl = entra.MetadataUrl;
        }));

        var v2 = await Check(Bearer(TestTokens.Sign(entraKey, issuer: $"https://login.microsoftonline.com/{BotTenant}/v2.0", serviceUrl: null)), authenticator: authenticator);
        var v1 = await Check(Bearer(TestTokens.Sign(entraKey, issuer: $"https://sts.windows.net/{BotTenant}/", serviceUrl: null)), authenticator: authenticator);
        var otherTenant = await Check(Bearer(TestTokens.Sign(entraKey, issuer: $"https://sts.windows.net/{TenantA}/", serviceUrl: null)), authenticator: authenticator);
        // An Entra-issued token signed with a Bot Framework key is not good enough, and vice versa.
        var crossed = await Check(Bearer(TestTokens.Sign(_teamsKey, issuer: $"https://sts.windows.net/{BotTenant}/")), authenticator: authenticator);
        var channel = await Check(Bearer(TestTokens.Sign(entraKey)), authenticator: authenticator);

        Assert.Equal(BotAuthStatus.Ok, v2.Status);
        Assert.Equal(BotAuthStatus.Ok, v1.Status);
        AssertUnauthorized(otherTenant, "issuer");
        AssertUnauthorized(crossed, "not published");
        AssertUnauthorized(channel, "not published");
        Assert.False(_trusted.IsTrusted(TestTokens.ServiceUrl));
    }

    [Fact]
    public async Task Unreachable_metadata_is_unauthorized_not_a_crash()
    {
        var authenticator = Authenticator(Options(o => o.Authentication.OpenIdMetadataUrl = "http://127.0.0.1:1/v1/.well-known/openidconfiguration"));
        AssertUnauthorized(await Check(Bearer(TestTokens.Sign(_teamsKey)), authenticator: authenticator), "unavailable");
    }

    [Fact]
    public async Task Without_app_id_authentication_is_disabled_but_tenants_still_apply()
    {
        var authenticator = Authenticator(new BotOptions { AllowedTenants = [BotTenant] });
        Assert.False(authenticator.AuthenticationEnabled);
        Assert.Equal(BotAuthStatus.Ok, (await Check(null, TeamsActivity(tenant: BotTenant), authenticator)).Status);
        Assert.Equal(BotAuthStatus.Forbidden, (await Check(null, TeamsActivity(tenant: TenantA), authenticator)).Status);
        Assert.False(_trusted.IsTrusted(TestTokens.ServiceUrl));
    }

    [Fact]
    public async Task Reason_never_contains_the_token()
    {
        var token = TestTokens.Sign(_teamsKey, audience: "another-bot");
        var result = await Check(Bearer(token));
        Assert.DoesNotContain(token.Split('.')[1], result.Reason);
        Assert.DoesNotContain(token.Split('.')[2], result.Reason);
    }
}
