using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Intake;

namespace ChatBot.Bot.Intake;

/// <summary>
/// Downloads an attached meeting document from Teams' downloadUrl (a short-lived pre-authenticated
/// link, so no token is sent). Stops reading at the size limit rather than trusting Content-Length.
/// </summary>
public sealed class HttpMeetingFileSource(HttpClient http, ILogger<HttpMeetingFileSource> log) : IMeetingFileSource
{
    public async Task<MeetingFile> FetchAsync(IncomingFile file, long maxBytes, CancellationToken ct)
    {
        // Teams download links are https; plain http only to this machine (the local chat page, tests).
        if (!Uri.TryCreate(file.Url, UriKind.Absolute, out var url) || !(url.Scheme == "https" || (url.Scheme == "http" && url.IsLoopback)))
            return MeetingFile.Failed(file.Name, MeetingFileProblem.Unreadable);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode) return MeetingFile.Failed(file.Name, MeetingFileProblem.Unreadable);
            if (response.Content.Headers.ContentLength > maxBytes) return MeetingFile.Failed(file.Name, MeetingFileProblem.TooLarge);
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, ct)) > 0)
            {
                if (copy.Length + read > maxBytes) return MeetingFile.Failed(file.Name, MeetingFileProblem.TooLarge);
                copy.Write(buffer, 0, read);
            }
            return new MeetingFile(file.Name, copy.ToArray());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            log.LogWarning(e, "Could not download {File}", file.Name);
            return MeetingFile.Failed(file.Name, MeetingFileProblem.Unreadable);
        }
    }
}
