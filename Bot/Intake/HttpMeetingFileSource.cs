using System.Net;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Intake;

namespace ChatBot.Bot.Intake;

/// <summary>
/// Downloads an attached meeting document from Teams' downloadUrl (a short-lived pre-authenticated
/// link, so no token is sent). Only from the channel's content hosts, redirects included; stops reading
/// at the size limit rather than trusting Content-Length; looks inside a .docx before anyone parses it.
/// The URL is never logged: its query carries the link's credential.
/// </summary>
public sealed class HttpMeetingFileSource(HttpClient http, ContentHostPolicy hosts, MeetingFileOptions limits, ILogger<HttpMeetingFileSource> log)
    : IMeetingFileSource
{
    /// <summary>SharePoint answers a download link directly or after one or two redirects.</summary>
    private const int MaxRedirects = 3;

    public async Task<MeetingFile> FetchAsync(IncomingFile file, long maxBytes, CancellationToken ct)
    {
        if (!Uri.TryCreate(file.Url, UriKind.Absolute, out var url)) return MeetingFile.Failed(file.Name, MeetingFileProblem.Unreadable);
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (!hosts.Allows(url))
                {
                    log.LogWarning("Attachment {File} refused: {Scheme}://{Host} is not a content host", file.Name, url.Scheme, url.Host);
                    return MeetingFile.Failed(file.Name, MeetingFileProblem.HostNotAllowed);
                }
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } next && hop < MaxRedirects)
                {
                    url = next.IsAbsoluteUri ? next : new Uri(url, next);
                    continue;
                }
                if (!response.IsSuccessStatusCode) return MeetingFile.Failed(file.Name, MeetingFileProblem.Unreadable);
                if (response.Content.Headers.ContentLength > maxBytes) return MeetingFile.Failed(file.Name, MeetingFileProblem.TooLarge);
                var bytes = await ReadCappedAsync(response.Content, maxBytes, ct);
                if (bytes is null) return MeetingFile.Failed(file.Name, MeetingFileProblem.TooLarge);
                return Inspect(file.Name, bytes);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            log.LogWarning("Could not download {File}: {Error}", file.Name, e.GetType().Name);
            return MeetingFile.Failed(file.Name, MeetingFileProblem.Unreadable);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;

    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        await using var body = await content.ReadAsStreamAsync(ct);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (copy.Length + read > maxBytes) return null;
            copy.Write(buffer, 0, read);
        }
        return copy.ToArray();
    }

    private MeetingFile Inspect(string name, byte[] bytes)
    {
        if (!name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)) return new MeetingFile(name, bytes);
        switch (DocxPackageCheck.Check(bytes, limits.MaxDocxUnpackedBytes, limits.MaxDocxEntries))
        {
            case DocxPackageCheck.Verdict.Fine:
                return new MeetingFile(name, bytes);
            case DocxPackageCheck.Verdict.NotAPackage:
                return MeetingFile.Failed(name, MeetingFileProblem.Unreadable);
            case var refused:
                log.LogWarning("Attachment {File} refused: {Verdict} ({Bytes} bytes packed)", name, refused, bytes.Length);
                return MeetingFile.Failed(name, MeetingFileProblem.PackageTooLarge);
        }
    }
}
