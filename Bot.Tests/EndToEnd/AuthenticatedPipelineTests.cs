using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Tests.Channel;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Bot.Tests.EndToEnd;

/// <summary>With an app id configured, the whole pipeline: token in, bearer token out, nothing stored on refusal.</summary>
public class AuthenticatedPipelineTests : IAsyncLifetime
{
    private readonly TestSigningKey _key = new("teams-key-1", "msteams");
    private OpenIdMetadataServer _metadata = null!;
    private BotFixture _f = null!;

    private sealed class FixedToken : IConnectorTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken ct) => ValueTask.FromResult<string?>("bot-outbound-token");
    }

    public async Task InitializeAsync()
    {
        _metadata = await OpenIdMetadataServer.StartAsync(TestTokens.ChannelIssuer, _key);
        _f = await BotFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TestTokens.AppId,
            ["Bot:AppType"] = "MultiTenant",
            ["Bot:ClientSecret"] = "not-used-in-tests",
            ["Bot:Authentication:OpenIdMetadataUrl"] = _metadata.MetadataUrl,
        }, services => services.Replace(ServiceDescriptor.Singleton<IConnectorTokenProvider, FixedToken>()));
    }

    public async Task DisposeAsync()
    {
        await _f.DisposeAsync();
        await _metadata.DisposeAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(string? token, Member member)
    {
        var activity = Activities.Message(_f.Connector.ServiceUrl, $"29:{member.Id}", "帮助", aadObjectId: member.AadObjectId);
        using var request = new HttpRequestMessage(HttpMethod.Post, _f.Bot.BaseUrl + "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _f.Http.SendAsync(request);
    }

    [Fact]
    public async Task A_valid_channel_token_is_answered_with_the_bots_own_token()
    {
        var member = _f.Member(m => !m.IsOffice);
        var response = await PostAsync(TestTokens.Sign(_key, serviceUrl: _f.Connector.ServiceUrl), member);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _f.Connector.WaitForActivitiesAsync(1);
        Assert.Equal("Bearer bot-outbound-token", _f.Connector.Calls.Single().Authorization);
    }

    [Fact]
    public async Task Missing_forged_or_misdirected_tokens_get_401_and_store_nothing()
    {
        var member = _f.Member(m => !m.IsOffice);
        var addressesBefore = _f.Store.Lite().Addresses.Count();
        var forged = new TestSigningKey("teams-key-1", "msteams");
        foreach (var token in new string?[]
        {
            null,
            "not-a-jwt",
            TestTokens.Sign(forged, serviceUrl: _f.Connector.ServiceUrl),
            TestTokens.Sign(_key, serviceUrl: "https://elsewhere.example/"),
            TestTokens.Sign(_key, audience: "another-app", serviceUrl: _f.Connector.ServiceUrl),
        })
            Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(token, member)).StatusCode);
        Assert.Equal(addressesBefore, _f.Store.Lite().Addresses.Count());
        Assert.Empty(_f.Connector.Calls);
    }

    [Fact]
    public async Task The_local_chat_page_is_not_served_when_tokens_are_required()
    {
        var response = await _f.Http.GetAsync(_f.Bot.BaseUrl + "/local/members");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
