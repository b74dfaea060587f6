namespace ChatBot.Bot.Channel.Auth;

/// <summary>
/// The per-cloud Bot Framework endpoints. Values from MicrosoftDocs/bot-docs
/// articles/rest-api/bot-framework-rest-connector-authentication.md (public) and
/// articles/how-to-deploy-china-cloud.md (21Vianet); the China Entra v1 issuer host
/// (sts.chinacloudapi.cn) is the one Entra uses for tokens from that cloud. The channel service hosts
/// (where Teams' serviceUrls point) are the ones Microsoft's Teams SDK allows per cloud
/// (Microsoft.Teams.Api.Auth.CloudEnvironment); they are trusted before any activity arrived.
/// The default proactive service URL is the one Teams' "proactive messages" page documents for the public cloud;
/// it documents none for Teams operated by 21Vianet (only a host), so China has no default and
/// Outbox:DefaultServiceUrl must be configured there (start-up refuses otherwise) rather than guessed.
/// </summary>
public sealed record BotCloudEndpoints(
    string ChannelOpenIdMetadataUrl,
    string ChannelIssuer,
    string OAuthScope,
    string LoginHost,
    string MultiTenantAuthorityTenant,
    string EntraV1IssuerHost,
    IReadOnlyList<string> ChannelServiceHosts,
    string? DefaultServiceUrl)
{
    public static readonly BotCloudEndpoints Public = new(
        ChannelOpenIdMetadataUrl: "https://login.botframework.com/v1/.well-known/openidconfiguration",
        ChannelIssuer: "https://api.botframework.com",
        OAuthScope: "https://api.botframework.com/.default",
        LoginHost: "https://login.microsoftonline.com",
        MultiTenantAuthorityTenant: "botframework.com",
        EntraV1IssuerHost: "https://sts.windows.net",
        ChannelServiceHosts: ["smba.trafficmanager.net", "smba.onyx.prod.teams.trafficmanager.net", "smba.infra.gcc.teams.microsoft.com"],
        DefaultServiceUrl: "https://smba.trafficmanager.net/teams/");

    public static readonly BotCloudEndpoints China = new(
        ChannelOpenIdMetadataUrl: "https://login.botframework.azure.cn/v1/.well-known/openidconfiguration",
        ChannelIssuer: "https://api.botframework.azure.cn",
        OAuthScope: "https://api.botframework.azure.cn/.default",
        LoginHost: "https://login.partner.microsoftonline.cn",
        MultiTenantAuthorityTenant: "microsoftservices.partner.onmschina.cn",
        EntraV1IssuerHost: "https://sts.chinacloudapi.cn",
        ChannelServiceHosts: ["frontend.botapi.msg.infra.teams.microsoftonline.cn"],
        DefaultServiceUrl: null);

    public static BotCloudEndpoints For(BotCloud cloud) => cloud switch
    {
        BotCloud.China => China,
        _ => Public,
    };

    /// <summary>Issuers Entra puts on tokens for <paramref name="tenantId"/> (v2.0 and v1.0 access tokens).</summary>
    public IReadOnlyList<string> EntraIssuers(string tenantId) =>
    [
        $"{LoginHost}/{tenantId}/v2.0",
        $"{EntraV1IssuerHost}/{tenantId}/",
    ];
}
