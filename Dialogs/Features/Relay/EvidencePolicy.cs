using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>
/// Which attachments count as relay evidence (minutes, sign-in sheet photos, lists). Only references
/// are kept; the bytes stay where Teams stored them.
/// </summary>
public static class EvidencePolicy
{
    public const long MaxBytes = 20L * 1024 * 1024;

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = "application/pdf",
        ["doc"] = "application/msword",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["jpg"] = "image/jpeg",
        ["jpeg"] = "image/jpeg",
        ["png"] = "image/png",
        ["heic"] = "image/heic",
        ["xls"] = "application/vnd.ms-excel",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public sealed record Sorted(List<EvidenceFile> Kept, List<string> Rejected);

    /// <summary>Keeps what is allowed; for the rest says why, in the user's language.</summary>
    public static Sorted Sort(IEnumerable<IncomingFile> files, Lang lang)
    {
        var kept = new List<EvidenceFile>();
        var rejected = new List<string>();
        foreach (var f in files)
        {
            var type = TypeOf(f);
            if (type is null) rejected.Add(RelayTexts.UnsupportedFile(lang, f.Name));
            else if (f.Size > MaxBytes) rejected.Add(RelayTexts.FileTooLarge(lang, f.Name, f.Size.Value));
            else kept.Add(new EvidenceFile { Name = f.Name, ContentType = type, Url = f.Url, Size = f.Size });
        }
        return new Sorted(kept, rejected);
    }

    /// <summary>By extension first (Teams sends "pdf", "docx" as the file type), then by MIME type.</summary>
    private static string? TypeOf(IncomingFile f)
    {
        var ext = Path.GetExtension(f.Name).TrimStart('.');
        // A name with an extension decides: "scan.exe" sent as application/pdf is still refused.
        if (ext.Length > 0) return Types.GetValueOrDefault(ext);
        if (Types.TryGetValue(f.ContentType.Trim(), out var byFileType)) return byFileType;
        return Types.Values.Contains(f.ContentType, StringComparer.OrdinalIgnoreCase) ? f.ContentType.ToLowerInvariant() : null;
    }
}
