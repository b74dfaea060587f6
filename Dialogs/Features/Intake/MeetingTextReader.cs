using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ChatBot.Dialogs.Features.Intake;

/// <summary>
/// Reads a meeting document into plain text: .txt (UTF-8, or GB18030 as older government PCs save it)
/// and .docx (paragraphs, then every table cell on its own line — the flattened form the extractor reads).
/// </summary>
public static class MeetingTextReader
{
    static MeetingTextReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Read(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".docx" => ReadDocx(path),
            _ => ReadText(File.ReadAllBytes(path)),
        };

    public static string ReadText(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    /// <summary>A downloaded attachment: .docx by its name, anything else as text.</summary>
    public static string ReadBytes(byte[] bytes, string name)
    {
        if (!name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)) return ReadText(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        using var doc = WordprocessingDocument.Open(stream, false);
        return ReadDocx(doc);
    }

    public static string ReadDocx(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        return ReadDocx(doc);
    }

    private static string ReadDocx(WordprocessingDocument doc)
    {
        var body = doc.MainDocumentPart?.Document?.Body;
        if (body is null) return "";
        var sb = new StringBuilder();
        foreach (var element in body.ChildElements)
        {
            if (element is Paragraph p) sb.AppendLine(p.InnerText);
            else if (element is Table t)
                foreach (var row in t.Elements<TableRow>())
                    foreach (var cell in row.Elements<TableCell>())
                        // A cell's paragraphs become one line so that one cell stays one line.
                        sb.AppendLine(string.Join("", cell.Elements<Paragraph>().Select(x => x.InnerText)).Trim());
        }
        return sb.ToString();
    }
}
