using ChatBot.Bot.Channel.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Bot.Web.Board;

/// <summary>What the tab's token said: the person's Entra object id, or why it was refused (for the log only).</summary>
public sealed record TabTokenResult(string? ObjectId, string? Reason)
{
    public bool IsOk => ObjectId is not null;
    public static TabTokenResult Ok(string oid) => new(oid, null);
    public static TabTokenResult Refused(string reason) => new(null, reason);
}

/// <summary>
/// Checks the token Teams SSO gives the board tab (<c>authentication.getAuthToken</c>): an Entra access token
/// of the bot's own tenant for the bot's app. RS256 only; issuer the tenant's v1 or v2 issuer; audience
/// <c>api://{BoardTab:Host}/{Bot:AppId}</c> or the app id; signature from the tenant's OpenID metadata (the
/// channel's <see cref="SigningKeySource"/>: same refresh and throttling); lifetime with the channel's skew;
/// and the claims the board needs: tid = the tenant, oid, and scp holding <c>access_as_user</c>.
/// </summary>
public sealed class TabTokenValidator
{
    public const string Scope = "access_as_user";

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly SigningKeySource? _keys;
    private readonly string? _tenantId;
    private readonly IReadOnlyList<string> _issuers = [];
    private readonly IReadOnlyList<string> _audiences = [];

    public TabTokenValidator(IOptions<BotOptions> bot, IOptions<BoardTabOptions> tab, TimeProvider time)
    {
        var options = bot.Value;
        if (!options.AuthenticationEnabled || string.IsNullOrWhiteSpace(options.TenantId)) return;
        _tenantId = options.TenantId.Trim();
        _issuers = options.CloudEndpoints.EntraIssuers(_tenantId);
        var appId = options.AppId!.Trim();
        _audiences = string.IsNullOrWhiteSpace(tab.Value.Host) ? [appId] : [appId, $"api://{tab.Value.Host.Trim()}/{appId}"];
        var metadata = string.IsNullOrWhiteSpace(options.Authentication.TenantOpenIdMetadataUrl)
            ? $"{options.CloudEndpoints.LoginHost}/{_tenantId}/v2.0/.well-known/openid-configuration"
            : options.Authentication.TenantOpenIdMetadataUrl.Trim();
        _keys = new SigningKeySource(metadata, BotAuthenticationServiceCollectionExtensions.CreateMetadataClient(), time, BotAuthenticator.DefaultForcedRefreshInterval);
    }

    /// <summary>False without an app id and a tenant: there is no tenant whose tokens could be checked.</summary>
    public bool Configured => _keys is not null;

    public async Task<TabTokenResult> ValidateAsync(string? authorizationHeader, CancellationToken ct)
    {
        if (_keys is null) return TabTokenResult.Refused("Bot:AppId and Bot:TenantId are needed to check tab tokens");
        if (BearerToken.Read(authorizationHeader, _handler, out var jwt) is { } refused) return TabTokenResult.Refused(refused);
        // Before any key lookup, so alg=none and HMAC (keyed with the public key) never reach the signature code.
        if (jwt.Alg != SecurityAlgorithms.RsaSha256) return TabTokenResult.Refused($"signing algorithm '{Shorten(jwt.Alg)}' is not allowed");
        if (string.IsNullOrEmpty(jwt.Kid)) return TabTokenResult.Refused("token has no kid");
        if (!_issuers.Contains(jwt.Issuer, StringComparer.Ordinal)) return TabTokenResult.Refused($"issuer '{Shorten(jwt.Issuer)}' is not the tenant's");

        SigningKeyLookup? lookup;
        try
        {
            lookup = await _keys.FindAsync(jwt.Kid, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return TabTokenResult.Refused($"signing keys are unavailable from {_keys.MetadataUrl}: {ex.GetType().Name}");
        }
        if (lookup is null) return TabTokenResult.Refused($"signing key '{Shorten(jwt.Kid)}' is not published by {_keys.MetadataUrl}");

        var validation = await _handler.ValidateTokenAsync(jwt.EncodedToken, new TokenValidationParameters
        {
            ValidIssuers = _issuers,
            ValidAudiences = _audiences,
            IssuerSigningKeys = lookup.Keys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = BotAuthenticator.ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            TryAllIssuerSigningKeys = false,
        });
        if (!validation.IsValid) return TabTokenResult.Refused($"token rejected: {validation.Exception?.GetType().Name ?? "invalid"}");

        if (!jwt.TryGetPayloadValue<string>("tid", out var tid) || !string.Equals(tid, _tenantId, StringComparison.OrdinalIgnoreCase))
            return TabTokenResult.Refused($"tid '{Shorten(tid)}' is not the bot's tenant");
        if (!jwt.TryGetPayloadValue<string>("scp", out var scp) || !scp.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(Scope, StringComparer.Ordinal))
            return TabTokenResult.Refused($"scp does not hold {Scope}");
        if (!jwt.TryGetPayloadValue<string>("oid", out var oid) || string.IsNullOrWhiteSpace(oid))
            return TabTokenResult.Refused("token has no oid");
        return TabTokenResult.Ok(oid.Trim());
    }

    private static string Shorten(string? value) =>
        value is null ? "(none)" : value.Length <= 80 ? value : value[..80] + "…";
}
