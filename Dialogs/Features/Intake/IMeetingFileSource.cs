using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Intake;

/// <summary>
/// Fetches the bytes of a file the user attached. Dialogs asks; the channel layer knows how to
/// download (Teams' downloadUrl) and refuses anything over the size limit without reading it all.
/// </summary>
public interface IMeetingFileSource
{
    Task<MeetingFile> FetchAsync(IncomingFile file, long maxBytes, CancellationToken ct);
}

/// <summary>The downloaded bytes, or why there are none.</summary>
public sealed record MeetingFile(string Name, byte[]? Bytes, MeetingFileProblem Problem = MeetingFileProblem.None)
{
    public static MeetingFile Failed(string name, MeetingFileProblem problem) => new(name, null, problem);
}

public enum MeetingFileProblem
{
    None = 0,
    TooLarge = 1,
    Unreadable = 2,
    /// <summary>The link points somewhere other than the channel's file storage; nothing was fetched.</summary>
    HostNotAllowed = 3,
    /// <summary>A .docx that unpacks too large or into too many parts (a zip bomb); not parsed.</summary>
    PackageTooLarge = 4,
}
