using System.ComponentModel.DataAnnotations;

namespace ChatBot.Bot.Intake;

/// <summary>Section "Intake", the channel side of attached meeting files: where they may come from and how big a .docx may unpack.</summary>
public sealed class MeetingFileOptions
{
    /// <summary>
    /// Hosts attachments are downloaded from (a name also admits its subdomains). Empty: the preset of
    /// <c>Bot:Cloud</c> — Teams keeps uploaded files in SharePoint/OneDrive for Business.
    /// </summary>
    public List<string> ContentHosts { get; set; } = [];

    /// <summary>A .docx whose parts unpack to more than this is refused (a zip bomb is small packed, huge unpacked).</summary>
    [Range(1024, 1024L * 1024 * 1024)] public long MaxDocxUnpackedBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>A .docx with more parts than this is refused; a meeting document has a few dozen.</summary>
    [Range(1, 100_000)] public int MaxDocxEntries { get; set; } = 1000;
}
