using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Tests.Channel;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Bot.Tests.Production;

/// <summary>
/// The bot as it runs on a tenant: Bot:AppId set, every inbound activity carries a channel token signed
/// by a key the loopback OpenID metadata server publishes, outbound calls carry the bot's own token,
/// and the connector is the loopback fake (trusted only because an authenticated activity named it).
/// </summary>
public sealed class SignedInBot : IAsyncDisposable
{
    public const string OutboundToken = "bot-outbound-token";
    private readonly TestSigningKey _key = new("teams-key-1", "msteams");
    private OpenIdMetadataServer _metadata = null!;
    public BotFixture F { get; private set; } = null!;

    private sealed class FixedToken : IConnectorTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken ct) => ValueTask.FromResult<string?>(OutboundToken);
    }

    public static async Task<SignedInBot> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var bot = new SignedInBot();
        bot._metadata = await OpenIdMetadataServer.StartAsync(TestTokens.ChannelIssuer, bot._key);
        var all = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TestTokens.AppId,
            ["Bot:AppType"] = "MultiTenant",
            ["Bot:ClientSecret"] = "not-used-in-tests",
            ["Bot:Authentication:OpenIdMetadataUrl"] = bot._metadata.MetadataUrl,
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) all[k] = v;
        bot.F = await BotFixture.StartAsync(all, s =>
        {
            s.Replace(ServiceDescriptor.Singleton<IConnectorTokenProvider, FixedToken>());
            services?.Invoke(s);
        });
        return bot;
    }

    /// <summary>Posts an activity with a valid channel token for its serviceUrl.</summary>
    public async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        var serviceUrl = activity["serviceUrl"]!.GetValue<string>();
        using var request = new HttpRequestMessage(HttpMethod.Post, F.Bot.BaseUrl + "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Sign(_key, serviceUrl: serviceUrl));
        return await F.Http.SendAsync(request);
    }

    /// <summary>The member writes to the bot in their 1:1 chat, with a valid token.</summary>
    public Task<HttpResponseMessage> SayAsync(Member member, string text) =>
        PostAsync(Activities.Message(F.Connector.ServiceUrl, $"29:{member.Id}", text, aadObjectId: member.AadObjectId));

    public async ValueTask DisposeAsync()
    {
        await F.DisposeAsync();
        await _metadata.DisposeAsync();
    }
}
