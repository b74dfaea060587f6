using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChatBot.Dialogs.Features.Roster.Files;

/// <summary>The JSON form (seeds/org.json): camelCase, comments allowed.</summary>
public static class JsonRosterFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt field ("emial") is an error, not silently dropped data.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
        // Names stay readable Chinese in the file instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static RosterDocument Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        RosterDocument? roster;
        try
        {
            roster = JsonSerializer.Deserialize<RosterDocument>(bytes, Options);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? null : e.Path;
            throw RosterFileException.At(path, e.LineNumber is { } line ? $"line {line + 1}" : null, field, FirstSentence(e.Message));
        }
        if (roster is null) throw RosterFileException.At(path, null, null, "the file is empty");
        MarkLines(bytes, roster);
        return roster;
    }

    public static void Write(RosterDocument roster, string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(roster, Options), new UTF8Encoding(false));

    /// <summary>System.Text.Json keeps no positions, so a second pass notes the line of each unit and member object.</summary>
    private static void MarkLines(byte[] bytes, RosterDocument roster)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        string? section = null;
        int index = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                section = reader.GetString()?.ToLowerInvariant();
                index = 0;
            }
            else if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 2)
            {
                var where = $"line {LineOf(bytes, (int)reader.TokenStartIndex)}";
                if (section == "units" && index < roster.Units.Count) roster.Units[index].Where = where;
                if (section == "members" && index < roster.Members.Count) roster.Members[index].Where = where;
                index++;
                reader.Skip();
            }
        }
    }

    private static int LineOf(byte[] bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++) if (bytes[i] == (byte)'\n') line++;
        return line;
    }

    /// <summary>System.Text.Json speaks of CLR types; say what the file should have held instead.</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        if (text.Contains("could not be converted to System.Collections.Generic.List", StringComparison.Ordinal)) return "expected a list [ … ]";
        if (text.Contains("could not be converted to System.String", StringComparison.Ordinal)) return "expected text in quotes";
        if (text.Contains("could not be converted to", StringComparison.Ordinal)) return "expected an object { … }";
        if (text.Contains("could not be mapped to any .NET member", StringComparison.Ordinal)) return "unknown field";
        return text;
    }
}
