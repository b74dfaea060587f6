namespace ChatBot.Dialogs.Features.Roster.Files;

/// <summary>One roster model, four file formats, chosen by the file's extension.</summary>
public static class RosterFiles
{
    public static readonly IReadOnlyList<string> Extensions = [".json", ".yaml", ".yml", ".csv", ".xlsx"];

    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public static RosterDocument Read(string path)
    {
        if (!File.Exists(path)) throw new RosterFileException($"{path}: file not found");
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => JsonRosterFile.Read(path),
            ".yaml" or ".yml" => YamlRosterFile.Read(path),
            ".csv" => CsvRosterFile.Read(path),
            ".xlsx" => XlsxRosterFile.Read(path),
            var ext => throw Unsupported(path, ext),
        };
    }

    public static void Write(RosterDocument roster, string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".json": JsonRosterFile.Write(roster, path); break;
            case ".yaml" or ".yml": YamlRosterFile.Write(roster, path); break;
            case ".csv": CsvRosterFile.Write(roster, path); break;
            case ".xlsx": XlsxRosterFile.Write(roster, path); break;
            case var ext: throw Unsupported(path, ext);
        }
    }

    private static RosterFileException Unsupported(string path, string ext) =>
        new($"{Path.GetFileName(path)}: unsupported file type '{ext}' (use {string.Join(", ", Extensions)})");
}
