using System.Net;
using System.Text.RegularExpressions;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Bot.Channel;

/// <summary>
/// In channels and group chats Teams does not hand a bot the files people attach: the message arrives
/// with a text/html attachment whose &lt;a href&gt; points to the file in SharePoint (only 1:1 chats carry
/// a downloadable file.download.info). Those links become link-only files, so a feature can say what to
/// do instead of the file silently vanishing.
/// </summary>
public static partial class SharedFileLinks
{
    public const string HtmlContentType = "text/html";

    /// <summary>Teams' own file storage: SharePoint Online / OneDrive for Business, public and 21Vianet clouds.</summary>
    private static readonly string[] FileHosts = ["sharepoint.com", "sharepoint.cn"];

    /// <summary>Extensions that make a link a file rather than a web page.</summary>
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "txt", "docx", "doc", "pdf", "xlsx", "xls", "pptx", "ppt", "rtf", "wps", "jpg", "jpeg", "png", "heic",
    };

    /// <summary>SharePoint sharing links name the kind of document: /:w:/ Word, /:t:/ text, /:b:/ PDF, /:x:/ Excel.</summary>
    private static readonly Dictionary<string, string> LinkKinds = new() { ["w"] = "docx", ["t"] = "txt", ["b"] = "pdf", ["x"] = "xlsx" };

    /// <summary>The files linked from the activity's HTML, less those also attached as downloadable files.</summary>
    public static IEnumerable<IncomingFile> Find(IEnumerable<Attachment> attachments, IReadOnlyCollection<IncomingFile> downloadable)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var html in attachments.Where(a => a.ContentType == HtmlContentType).Select(a => a.Content?.GetValueKind() == System.Text.Json.JsonValueKind.String ? a.Content.GetValue<string>() : null))
        {
            if (string.IsNullOrEmpty(html)) continue;
            foreach (Match anchor in Anchor().Matches(html))
            {
                var href = WebUtility.HtmlDecode(anchor.Groups["href"].Value).Trim();
                if (!Uri.TryCreate(href, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)) continue;
                var name = NameOf(url, WebUtility.HtmlDecode(Tags().Replace(anchor.Groups["text"].Value, "")).Trim());
                var extension = Path.GetExtension(name).TrimStart('.');
                if (!IsFileHost(url) && !FileExtensions.Contains(extension)) continue;
                if (downloadable.Any(f => f.Url == href || string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))) continue;
                if (seen.Add(href)) yield return new IncomingFile(name, extension, href, null) { IsLinkOnly = true };
            }
        }
    }

    private static bool IsFileHost(Uri url) =>
        FileHosts.Any(h => url.Host.Equals(h, StringComparison.OrdinalIgnoreCase) || url.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));

    /// <summary>The file's name: the link's text when it is one, else the last part of the address, else the text with the kind the link names.</summary>
    private static string NameOf(Uri url, string text)
    {
        if (HasFileExtension(text)) return text;
        var last = Uri.UnescapeDataString(url.AbsolutePath.TrimEnd('/').Split('/')[^1]);
        if (HasFileExtension(last)) return last;
        var kind = KindMarker().Match(url.AbsolutePath);
        var baseName = text.Length > 0 && !text.Contains("://", StringComparison.Ordinal) ? text : last;
        return kind.Success && LinkKinds.TryGetValue(kind.Groups[1].Value, out var ext) ? $"{baseName}.{ext}" : baseName;
    }

    private static bool HasFileExtension(string name) => FileExtensions.Contains(Path.GetExtension(name).TrimStart('.'));

    [GeneratedRegex(@"<a\b[^>]*?\bhref\s*=\s*[""'](?<href>[^""']+)[""'][^>]*>(?<text>.*?)</a>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^/:([a-z]):/", RegexOptions.IgnoreCase)]
    private static partial Regex KindMarker();
}
