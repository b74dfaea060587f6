using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Intake;

/// <summary>
/// The meeting text of an IntakeStart turn: the pasted text, or the attached .txt/.docx files read in
/// order. Returns the text, or the reply that says why there is none (no text, a file too large…).
/// </summary>
public sealed class MeetingTextInput(IMeetingFileSource? files, IntakeOptions options)
{
    public async Task<(string? Text, string? Problem)> ReadAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var lang = turn.Lang;
        var parts = new List<string>();
        var typed = intent.Slot("text") ?? turn.Request.Text;
        if (!string.IsNullOrWhiteSpace(typed)) parts.Add(typed);

        foreach (var file in turn.Request.Files.Where(IsMeetingDocument))
        {
            if (file.IsLinkOnly) return (null, IntakeTexts.SharedLink(lang, file.Name));
            if (files is null) return (null, IntakeTexts.FileUnreadable(lang, file.Name));
            if (file.Size > options.MaxFileBytes) return (null, IntakeTexts.FileTooLarge(lang, file.Name, options.MaxFileBytes));
            var fetched = await files.FetchAsync(file, options.MaxFileBytes, ct);
            if (fetched.Problem == MeetingFileProblem.TooLarge) return (null, IntakeTexts.FileTooLarge(lang, file.Name, options.MaxFileBytes));
            if (fetched.Problem == MeetingFileProblem.HostNotAllowed) return (null, IntakeTexts.FileHostNotAllowed(lang, file.Name));
            if (fetched.Problem == MeetingFileProblem.PackageTooLarge) return (null, IntakeTexts.FilePackageTooLarge(lang, file.Name));
            if (fetched.Bytes is null) return (null, IntakeTexts.FileUnreadable(lang, file.Name));
            try
            {
                parts.Add(MeetingTextReader.ReadBytes(fetched.Bytes, file.Name));
            }
            catch (Exception e) when (e is InvalidDataException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FormatException)
            {
                return (null, IntakeTexts.FileUnreadable(lang, file.Name));
            }
        }

        var text = string.Join("\n", parts).Trim();
        if (text.Length == 0) return (null, IntakeTexts.NoText(lang));
        if (text.Length > options.MaxTextChars) return (null, IntakeTexts.TooLong(lang, text.Length, options.MaxTextChars));
        if (LooksBinary(text)) return (null, IntakeTexts.NotText(lang));
        return (text, null);
    }

    /// <summary>Share of control or undecodable characters above which a text is binary (an image saved as .txt, a zip).</summary>
    private const double MaxJunkShare = 0.02;

    /// <summary>Bytes that are not text decode (as GB18030, the fallback) to control characters and U+FFFD; prose has almost none.</summary>
    public static bool LooksBinary(string text)
    {
        var junk = text.Count(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')));
        return junk > 0 && junk >= text.Length * MaxJunkShare;
    }

    public static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    private static bool IsMeetingDocument(IncomingFile f) =>
        f.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.Name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
}
