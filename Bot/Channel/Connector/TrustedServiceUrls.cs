using System.Collections.Concurrent;
using ChatBot.Bot.Channel.Auth;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Channel.Connector;

/// <summary>
/// The serviceUrl hosts the bot may call. A host becomes trusted when an activity carrying it passes
/// authentication (<see cref="BotAuthenticator"/> calls <see cref="Trust"/>), or when a conversation
/// reference stored from such an activity is loaded again, e.g. for a proactive send after a restart.
/// Trust is per origin (scheme, host, port): Teams uses several paths (/amer/, /emea/…) on one host.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _origins = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool _trustAnyLoopback;

    public TrustedServiceUrls(IOptions<BotOptions> options) : this(trustAnyLoopback: !options.Value.AuthenticationEnabled)
    {
    }

    /// <param name="trustAnyLoopback">Local development without auth: the Emulator or a local test page answers on loopback.</param>
    public TrustedServiceUrls(bool trustAnyLoopback) => _trustAnyLoopback = trustAnyLoopback;

    public IReadOnlyCollection<string> Origins => _origins.Keys.ToList();

    /// <summary>
    /// Records a serviceUrl as safe to call. Returns false (and records nothing) for a URL that is not absolute
    /// or is plain http on a non-loopback host: the bearer token must never travel unencrypted.
    /// </summary>
    public bool Trust(string? serviceUrl)
    {
        if (Origin(serviceUrl) is not { } origin) return false;
        _origins.TryAdd(origin.Key, 0);
        return true;
    }

    public bool IsTrusted(string? serviceUrl)
    {
        if (Origin(serviceUrl) is not { } origin) return false;
        if (_trustAnyLoopback && origin.IsLoopback) return true;
        return _origins.ContainsKey(origin.Key);
    }

    private static (string Key, bool IsLoopback)? Origin(string? serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl) || !Uri.TryCreate(serviceUrl.Trim(), UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)) return null;
        if (!string.IsNullOrEmpty(uri.UserInfo)) return null;
        return (uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant(), uri.IsLoopback);
    }
}
