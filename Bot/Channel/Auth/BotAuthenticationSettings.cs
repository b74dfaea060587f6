namespace ChatBot.Bot.Channel.Auth;

/// <summary>
/// "Bot:Authentication" — overrides of the cloud presets, for sovereign clouds not built in and for
/// tests. Leave empty to use the preset of <see cref="BotOptions.Cloud"/>.
/// </summary>
public sealed class BotAuthenticationSettings
{
    /// <summary>OpenID metadata of the channel (Bot Framework) token service; its jwks_uri holds the signing keys.</summary>
    public string? OpenIdMetadataUrl { get; set; }

    /// <summary>Replaces the channel issuer (e.g. https://api.botframework.us for US Gov).</summary>
    public List<string> ValidIssuers { get; set; } = [];

    /// <summary>
    /// OpenID metadata for Entra-issued tokens of a SingleTenant bot. Default:
    /// {login host}/{TenantId}/v2.0/.well-known/openid-configuration.
    /// </summary>
    public string? TenantOpenIdMetadataUrl { get; set; }

    /// <summary>Outbound token authority, e.g. https://login.microsoftonline.com/{tenant}.</summary>
    public string? OAuthAuthority { get; set; }

    /// <summary>Outbound token scope, e.g. https://api.botframework.com/.default.</summary>
    public string? OAuthScope { get; set; }
}
