using ChatBot.Bot.Channel.Auth;

namespace ChatBot.Bot.Intake;

/// <summary>
/// Which addresses the bot may download an attachment from: https to the channel's content hosts only.
/// Plain http, and this machine, only in local mode (no <c>Bot:AppId</c>: the local chat page and tests),
/// so a crafted downloadUrl cannot make the bot fetch from the internal network or elsewhere.
/// </summary>
public sealed class ContentHostPolicy
{
    private readonly IReadOnlyList<string> _hosts;
    private readonly bool _allowLoopback;

    public ContentHostPolicy(IEnumerable<string> hosts, bool allowLoopback)
    {
        _hosts = hosts.Select(h => h.Trim().TrimStart('.').ToLowerInvariant()).Where(h => h.Length > 0).Distinct().ToList();
        _allowLoopback = allowLoopback;
    }

    public IReadOnlyList<string> Hosts => _hosts;

    /// <summary>Where Teams keeps the files users send: SharePoint Online / OneDrive for Business of that cloud.</summary>
    public static IReadOnlyList<string> Preset(BotCloud cloud) => cloud switch
    {
        BotCloud.China => ["sharepoint.cn"],
        _ => ["sharepoint.com"],
    };

    public static ContentHostPolicy From(MeetingFileOptions files, BotOptions bot) =>
        new(files.ContentHosts.Count > 0 ? files.ContentHosts : Preset(bot.Cloud), allowLoopback: !bot.AuthenticationEnabled);

    public bool Allows(Uri url)
    {
        if (!url.IsAbsoluteUri || !string.IsNullOrEmpty(url.UserInfo)) return false;
        if (url.IsLoopback) return _allowLoopback && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
        if (url.Scheme != Uri.UriSchemeHttps) return false;
        var host = url.IdnHost.ToLowerInvariant();
        return _hosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal));
    }
}
