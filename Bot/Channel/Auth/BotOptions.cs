namespace ChatBot.Bot.Channel.Auth;

/// <summary>
/// The "Bot" configuration section: who the bot is (its Entra app), which cloud it lives in and how it
/// proves itself to the Bot Connector. An empty <see cref="AppId"/> means local development without auth.
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The Microsoft App ID (Entra client id); the audience of inbound tokens.</summary>
    public string? AppId { get; set; }

    public BotAppType AppType { get; set; } = BotAppType.SingleTenant;

    /// <summary>The bot's own Entra tenant; required for SingleTenant.</summary>
    public string? TenantId { get; set; }

    public BotCloud Cloud { get; set; } = BotCloud.Public;

    /// <summary>Teams tenants whose activities are accepted; empty accepts every tenant.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    public BotAuthenticationSettings Authentication { get; set; } = new();

    public string? ClientSecret { get; set; }
    public string? CertificatePath { get; set; }
    /// <summary>A certificate in the CurrentUser or LocalMachine "My" store.</summary>
    public string? CertificateThumbprint { get; set; }
    /// <summary>For UserAssignedMSI; defaults to <see cref="AppId"/>, which is the MSI client id.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(AppId);

    public BotCloudEndpoints CloudEndpoints => BotCloudEndpoints.For(Cloud);

    public string ChannelOpenIdMetadataUrl =>
        NonEmpty(Authentication.OpenIdMetadataUrl) ?? CloudEndpoints.ChannelOpenIdMetadataUrl;

    /// <summary>Issuers of channel (Bot Framework) tokens: these carry serviceurl and endorsed keys.</summary>
    public IReadOnlyList<string> ChannelIssuers =>
        Authentication.ValidIssuers.Where(i => !string.IsNullOrWhiteSpace(i)).ToList() is { Count: > 0 } overrides
            ? overrides
            : [CloudEndpoints.ChannelIssuer];

    /// <summary>Entra issuers accepted besides the channel: only for a SingleTenant bot, only its own tenant.</summary>
    public IReadOnlyList<string> TenantIssuers =>
        AppType == BotAppType.SingleTenant && NonEmpty(TenantId) is { } tid ? CloudEndpoints.EntraIssuers(tid) : [];

    public string? TenantOpenIdMetadataUrl =>
        TenantIssuers.Count == 0
            ? null
            : NonEmpty(Authentication.TenantOpenIdMetadataUrl)
              ?? $"{CloudEndpoints.LoginHost}/{TenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>Where outbound tokens come from: the bot's tenant (SingleTenant) or the Bot Framework tenant (MultiTenant).</summary>
    public string OAuthAuthority =>
        NonEmpty(Authentication.OAuthAuthority)
        ?? $"{CloudEndpoints.LoginHost}/{(AppType == BotAppType.SingleTenant ? TenantId : CloudEndpoints.MultiTenantAuthorityTenant)}";

    public string OAuthScope => NonEmpty(Authentication.OAuthScope) ?? CloudEndpoints.OAuthScope;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
