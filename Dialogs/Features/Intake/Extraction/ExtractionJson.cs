using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>
/// Writes an extraction as exactly one JSON object — the same shape the LLM path is asked to produce, so a
/// reviewer and the tests see one format whichever path ran. Chinese stays readable (no \u escapes).
/// </summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ExtractionResult result)
    {
        using var stream = new MemoryStream();
        Write(result, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(ExtractionResult result, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteStartObject("meeting");
        w.WriteString("title", result.Meeting.Title);
        WriteDate(w, "date", result.Meeting.Date);
        if (result.Meeting.Speaker is not null) w.WriteString("speaker", result.Meeting.Speaker);
        w.WriteEndObject();

        w.WriteStartArray("relay");
        foreach (var r in result.Relay)
        {
            w.WriteStartObject();
            WriteStrings(w, "units", r.Units);
            WriteStrings(w, "forms", r.Forms);
            w.WriteString("deadlineText", r.DeadlineText);
            WriteDate(w, "due", r.Due);
            w.WriteString("source", r.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("directives");
        foreach (var d in result.Directives)
        {
            w.WriteStartObject();
            w.WriteString("task", d.Task);
            WriteStrings(w, "owners", d.Owners);
            WriteStrings(w, "assisting", d.Assisting);
            w.WriteString("deadlineText", d.DeadlineText);
            WriteDate(w, "due", d.Due);
            WriteStrings(w, "needsReview", d.NeedsReview);
            w.WriteString("source", d.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d) w.WriteString(name, d.ToString("yyyy-MM-dd"));
        else w.WriteNull(name);
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
