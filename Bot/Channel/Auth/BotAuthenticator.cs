using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Bot.Channel.Auth;

/// <summary>
/// Checks the bearer token on a POST to /api/messages the way the Bot Connector authentication article
/// (MicrosoftDocs/bot-docs articles/rest-api/bot-framework-rest-connector-authentication.md) asks:
/// signature from the channel's OpenID metadata, issuer, audience = app id, lifetime with 5 min skew,
/// RS256/384/512 only, the signing key endorses the activity's channelId, and the serviceurl claim matches
/// the activity. Plain JwtBearer cannot do the last two because they need the activity body, so the
/// endpoint calls this after reading the body instead of using an authentication scheme.
/// </summary>
public sealed class BotAuthenticator
{
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>The Bot Framework SDK's AllowedSigningAlgorithms; "none" and HMAC (alg confusion) are out.</summary>
    public static readonly IReadOnlyList<string> AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>How often an unknown kid may force a metadata refresh (IdentityModel's default RefreshInterval).</summary>
    public static readonly TimeSpan DefaultForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly BotOptions _options;
    private readonly TrustedServiceUrls _trustedServiceUrls;
    private readonly ILogger<BotAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly SigningKeySource? _channelKeys;
    private readonly SigningKeySource? _tenantKeys;

    public BotAuthenticator(
        IOptions<BotOptions> options,
        TrustedServiceUrls trustedServiceUrls,
        ILogger<BotAuthenticator> logger,
        TimeProvider time,
        HttpClient metadataHttp,
        TimeSpan? forcedRefreshInterval = null)
    {
        _options = options.Value;
        _trustedServiceUrls = trustedServiceUrls;
        _logger = logger;
        if (!_options.AuthenticationEnabled) return;

        var interval = forcedRefreshInterval ?? DefaultForcedRefreshInterval;
        _channelKeys = new SigningKeySource(_options.ChannelOpenIdMetadataUrl, metadataHttp, time, interval);
        if (_options.TenantOpenIdMetadataUrl is { } tenantMetadata)
            _tenantKeys = new SigningKeySource(tenantMetadata, metadataHttp, time, interval);
    }

    public bool AuthenticationEnabled => _options.AuthenticationEnabled;

    public async Task<BotAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_options.AuthenticationEnabled)
            return CheckTenant(activity) ?? BotAuthResult.Ok("authentication disabled: Bot:AppId is empty");

        var result = await ValidateTokenAsync(authorizationHeader, activity, ct);
        if (result.IsOk) result = CheckTenant(activity) ?? result;
        if (!result.IsOk)
            _logger.LogWarning("Rejected inbound activity {ActivityId} on channel {ChannelId}: {Status} {Reason}",
                activity.Id, activity.ChannelId, result.Status, result.Reason);
        return result;
    }

    private async Task<BotAuthResult> ValidateTokenAsync(string? authorizationHeader, Activity activity, CancellationToken ct)
    {
        if (BearerToken.Read(authorizationHeader, _handler, out var jwt) is { } refused) return BotAuthResult.Unauthorized(refused);

        // Checked before any key lookup so alg=none and HMAC tokens never reach the signature code.
        if (!AllowedAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal))
            return BotAuthResult.Unauthorized($"signing algorithm '{Shorten(jwt.Alg)}' is not allowed");
        if (string.IsNullOrEmpty(jwt.Kid))
            return BotAuthResult.Unauthorized("token has no kid");

        var issuer = jwt.Issuer;
        var isChannelToken = _options.ChannelIssuers.Contains(issuer, StringComparer.Ordinal);
        var isTenantToken = !isChannelToken && _options.TenantIssuers.Contains(issuer, StringComparer.Ordinal);
        if (!isChannelToken && !isTenantToken)
            return BotAuthResult.Unauthorized($"issuer '{Shorten(issuer)}' is not accepted");
        var keys = isChannelToken ? _channelKeys! : _tenantKeys!;

        SigningKeyLookup? lookup;
        try
        {
            lookup = await keys.FindAsync(jwt.Kid, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Could not load signing keys from {MetadataUrl}", keys.MetadataUrl);
            return BotAuthResult.Unauthorized("signing keys are unavailable");
        }
        if (lookup is null)
            return BotAuthResult.Unauthorized($"signing key '{Shorten(jwt.Kid)}' is not published by {keys.MetadataUrl}");

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = isChannelToken ? _options.ChannelIssuers : _options.TenantIssuers,
            ValidAudience = _options.AppId,
            IssuerSigningKeys = lookup.Keys,
            ValidAlgorithms = AllowedAlgorithms,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            TryAllIssuerSigningKeys = false,
        };
        var validation = await _handler.ValidateTokenAsync(jwt.EncodedToken, parameters);
        if (!validation.IsValid)
            return BotAuthResult.Unauthorized($"token rejected: {validation.Exception?.GetType().Name ?? "invalid"}");

        if (isChannelToken)
        {
            if (string.IsNullOrEmpty(activity.ChannelId))
                return BotAuthResult.Unauthorized("activity has no channelId to check the key's endorsements against");
            if (!lookup.Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
                return BotAuthResult.Unauthorized($"signing key does not endorse channel '{Shorten(activity.ChannelId)}'");

            if (!jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimedServiceUrl) || string.IsNullOrEmpty(claimedServiceUrl))
                return BotAuthResult.Unauthorized("token has no serviceurl claim");
            if (!SameServiceUrl(claimedServiceUrl, activity.ServiceUrl))
                return BotAuthResult.Unauthorized("serviceurl claim does not match the activity's serviceUrl");

            // Only a channel token vouches for the serviceUrl; an Entra token from our own tenant does not,
            // so it must not make the connector send our bearer token somewhere new.
            _trustedServiceUrls.Trust(activity.ServiceUrl);
        }

        return BotAuthResult.Ok();
    }

    private BotAuthResult? CheckTenant(Activity activity)
    {
        if (_options.AllowedTenants.Count == 0) return null;
        var tenant = activity.TenantId;
        return tenant is not null && _options.AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase)
            ? null
            : BotAuthResult.Forbidden($"tenant '{Shorten(tenant)}' is not in Bot:AllowedTenants");
    }

    /// <summary>Teams sends serviceUrls with and without the trailing slash; the host is case-insensitive.</summary>
    private static bool SameServiceUrl(string claimed, string? activityServiceUrl) =>
        activityServiceUrl is not null
        && string.Equals(claimed.TrimEnd('/'), activityServiceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    /// <summary>Values from the request are attacker-chosen; keep them short in logs.</summary>
    private static string Shorten(string? value) =>
        value is null ? "(none)" : value.Length <= 80 ? value : value[..80] + "…";
}
