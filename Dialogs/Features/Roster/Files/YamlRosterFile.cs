using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChatBot.Dialogs.Features.Roster.Files;

/// <summary>The YAML form: the same fields as the JSON form, camelCase keys.</summary>
public static class YamlRosterFile
{
    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly ISerializer Writer = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .Build();

    public static RosterDocument Read(string path)
    {
        var text = File.ReadAllText(path);
        RosterDocument? roster;
        try
        {
            roster = Reader.Deserialize<RosterDocument>(text);
        }
        catch (YamlException e)
        {
            // YamlDotNet wraps the real cause ("Property 'x' not found") inside "Exception during deserialization".
            var cause = e.InnerException is YamlException inner ? inner : e;
            throw RosterFileException.At(path, $"line {e.Start.Line}", null, Clean(cause.Message));
        }
        if (roster is null) throw RosterFileException.At(path, null, null, "the file is empty");
        MarkLines(text, roster);
        return roster;
    }

    public static void Write(RosterDocument roster, string path) => File.WriteAllText(path, Writer.Serialize(roster));

    /// <summary>The object deserializer keeps no positions; the representation model does, so read those too.</summary>
    private static void MarkLines(string text, RosterDocument roster)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode root) return;
        foreach (var (key, value) in root.Children)
        {
            if (value is not YamlSequenceNode items) continue;
            var name = (key as YamlScalarNode)?.Value?.ToLowerInvariant();
            for (var i = 0; i < items.Children.Count; i++)
            {
                var where = $"line {items.Children[i].Start.Line}";
                if (name == "units" && i < roster.Units.Count) roster.Units[i].Where = where;
                if (name == "members" && i < roster.Members.Count) roster.Members[i].Where = where;
            }
        }
    }

    private static string Clean(string message)
    {
        // "(Line: 3, Col: 5, Idx: 20) - (Line: …): Property 'x' not found on type '…'" → "unknown field 'x'".
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = cut >= 0 ? message[(cut + 3)..] : message;
        var unknown = System.Text.RegularExpressions.Regex.Match(text, "^Property '([^']+)' not found");
        return unknown.Success ? $"unknown field '{unknown.Groups[1].Value}'" : text;
    }
}
