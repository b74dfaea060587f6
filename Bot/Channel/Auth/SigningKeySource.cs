using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Bot.Channel.Auth;

/// <summary>
/// The signing keys behind one OpenID metadata document, kept fresh by <see cref="ConfigurationManager{T}"/>
/// (automatic refresh every 24 h, like the Bot Framework JS connector). A token signed with a kid the cache
/// does not know may mean the service rotated its keys, so that forces one refresh; forced refreshes are
/// throttled so a stream of made-up kids cannot turn the bot into a load generator against the metadata host.
/// </summary>
public sealed class SigningKeySource
{
    public const string EndorsementsParameter = "endorsements";

    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(5);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeProvider _time;
    private readonly TimeSpan _forcedRefreshInterval;
    private readonly Lock _gate = new();
    private DateTimeOffset? _lastForcedRefresh;

    public SigningKeySource(string metadataUrl, HttpClient http, TimeProvider time, TimeSpan forcedRefreshInterval)
    {
        MetadataUrl = metadataUrl;
        _time = time;
        _forcedRefreshInterval = forcedRefreshInterval;
        var uri = new Uri(metadataUrl);
        // BotOptionsValidator already refused http for anything but loopback; this keeps the library's own guard in step.
        var documents = new HttpDocumentRetriever(http) { RequireHttps = !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback) };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), documents)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(24),
            // Our own throttle decides when a forced refresh is due; let the manager honour each one we ask for.
            RefreshInterval = BaseConfigurationManager.MinimumRefreshInterval,
        };
    }

    public string MetadataUrl { get; }

    /// <summary>The keys published under <paramref name="kid"/>, or null when the kid is unknown even after a refresh.</summary>
    public async Task<SigningKeyLookup?> FindAsync(string kid, CancellationToken ct)
    {
        var config = await _manager.GetConfigurationAsync(ct);
        if (Find(config, kid) is { } found) return found;

        if (!TryClaimForcedRefresh()) return null;
        _manager.RequestRefresh();
        config = await WaitForNewConfigurationAsync(config, ct);
        return Find(config, kid);
    }

    private bool TryClaimForcedRefresh()
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_lastForcedRefresh is { } last && now - last < _forcedRefreshInterval) return false;
            _lastForcedRefresh = now;
            return true;
        }
    }

    /// <summary>
    /// Depending on the IdentityModel version, the fetch after RequestRefresh happens inside the next
    /// GetConfigurationAsync or in the background; wait (bounded) until a new document object is there.
    /// </summary>
    private async Task<OpenIdConnectConfiguration> WaitForNewConfigurationAsync(OpenIdConnectConfiguration stale, CancellationToken ct)
    {
        var deadline = _time.GetUtcNow() + RefreshWait;
        while (true)
        {
            var current = await _manager.GetConfigurationAsync(ct);
            if (!ReferenceEquals(current, stale) || _time.GetUtcNow() >= deadline) return current;
            await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
        }
    }

    private static SigningKeyLookup? Find(OpenIdConnectConfiguration config, string kid)
    {
        var keys = config.SigningKeys.Where(k => string.Equals(k.KeyId, kid, StringComparison.Ordinal)).ToList();
        if (keys.Count == 0) return null;
        var endorsements = config.JsonWebKeySet?.Keys
            .Where(k => string.Equals(k.Kid, kid, StringComparison.Ordinal))
            .SelectMany(ReadEndorsements)
            .Distinct(StringComparer.Ordinal)
            .ToList() ?? [];
        return new SigningKeyLookup(keys, endorsements);
    }

    /// <summary>
    /// "endorsements" is a Bot Framework extension of the JWK, so IdentityModel leaves it in AdditionalData;
    /// its CLR shape there has varied between versions, hence the tolerant read.
    /// </summary>
    private static IEnumerable<string> ReadEndorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(EndorsementsParameter, out var value) || value is null) return [];
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
            string single => [single],
            IEnumerable items => items.Cast<object?>().Select(ToText).OfType<string>(),
            _ => [],
        };

        static string? ToText(object? item) => item switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            _ => null,
        };
    }
}
