using System.Collections.Concurrent;
using ChatBot.Bot.Channel.Auth;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Channel.Connector;

/// <summary>
/// The serviceUrl origins the bot may send its bearer token to, and nothing else:
/// <list type="bullet">
/// <item>the channel hosts Microsoft documents for the configured cloud (presets, https only);</item>
/// <item>origins learned from an authenticated channel activity (<see cref="BotAuthenticator"/> calls
/// <see cref="Trust"/>); they are stored with the conversation reference and restored at start-up
/// (<see cref="ConversationReferences.RestoreTrust"/>), so a restart does not cut proactive delivery off;</item>
/// <item>without an app id (local development) any loopback origin.</item>
/// </list>
/// Trust is per origin (scheme, host, port): Teams uses several paths (/amer/, /emea/…) on one host.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _learned = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _presets;
    private readonly bool _trustAnyLoopback;

    public TrustedServiceUrls(IOptions<BotOptions> options)
        // Local development talks to loopback only; the cloud's hosts are trusted when tokens are in play.
        : this(trustAnyLoopback: !options.Value.AuthenticationEnabled,
            presetHosts: options.Value.AuthenticationEnabled ? options.Value.CloudEndpoints.ChannelServiceHosts : [])
    {
    }

    /// <param name="trustAnyLoopback">Local development without auth: the Emulator or a local test page answers on loopback.</param>
    /// <param name="presetHosts">Host names trusted over https from the start (the cloud's channel service).</param>
    public TrustedServiceUrls(bool trustAnyLoopback, IEnumerable<string>? presetHosts = null)
    {
        _trustAnyLoopback = trustAnyLoopback;
        _presets = (presetHosts ?? []).Select(h => $"https://{h}".ToLowerInvariant()).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The origins learned from activities (not the presets).</summary>
    public IReadOnlyCollection<string> Origins => _learned.Keys.ToList();

    /// <summary>
    /// Records a serviceUrl as safe to call. Returns false (and records nothing) for a URL that is not absolute
    /// or is plain http on a non-loopback host: the bearer token must never travel unencrypted.
    /// </summary>
    public bool Trust(string? serviceUrl)
    {
        if (Origin(serviceUrl) is not { } origin) return false;
        _learned.TryAdd(origin.Key, 0);
        return true;
    }

    public bool IsTrusted(string? serviceUrl)
    {
        if (Origin(serviceUrl) is not { } origin) return false;
        if (_trustAnyLoopback && origin.IsLoopback) return true;
        if (_learned.ContainsKey(origin.Key) || _presets.Contains(origin.Key)) return true;
        return ReloadStored() && _learned.ContainsKey(origin.Key);
    }

    private Func<IEnumerable<string?>>? _stored;
    private long _lastReload = long.MinValue / 2;
    private static readonly long ReloadEveryMs = 2000;

    /// <summary>
    /// Where the store keeps the origins activities vouched for. With several replicas, the activity that vouched
    /// for an origin may have reached another replica: a miss reads the store again (at most every 2 s) before
    /// refusing, so the sender trusts what any replica learned.
    /// </summary>
    public void ReloadOnMiss(Func<IEnumerable<string?>> storedServiceUrls) => _stored = storedServiceUrls;

    private bool ReloadStored()
    {
        if (_stored is not { } load) return false;
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastReload);
        if (now - last < ReloadEveryMs || Interlocked.CompareExchange(ref _lastReload, now, last) != last) return false;
        foreach (var url in load()) Trust(url);
        return true;
    }

    /// <summary>
    /// True when an authenticated activity vouched for this origin in this process: only then is the trust
    /// worth storing. The loopback shortcut of local development is never stored, so a store carried
    /// from a development machine to production brings no trust with it.
    /// </summary>
    public bool IsLearned(string? serviceUrl) => Origin(serviceUrl) is { } origin && _learned.ContainsKey(origin.Key);

    private static (string Key, bool IsLoopback)? Origin(string? serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl) || !Uri.TryCreate(serviceUrl.Trim(), UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)) return null;
        if (!string.IsNullOrEmpty(uri.UserInfo)) return null;
        return (uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant(), uri.IsLoopback);
    }
}
