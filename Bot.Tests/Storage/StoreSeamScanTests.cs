using System.Text.RegularExpressions;

namespace ChatBot.Bot.Tests.Storage;

/// <summary>
/// The store seam holds by construction: only the provider folders (<c>Storage/LiteDb</c>,
/// <c>Storage/PostgreSql</c>) know LiteDB or Npgsql, and only the composition root and the bench, which
/// choose the provider, name its store class.
/// </summary>
public partial class StoreSeamScanTests
{
    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("ChatBot.sln not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<(string Path, string Text)> Sources(params string[] projects) =>
        projects.SelectMany(p => Directory.EnumerateFiles(Path.Combine(Root(), p), "*.cs", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Root(), f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"))
            .Select(f => (f, File.ReadAllText(Path.Combine(Root(), f))));

    private static bool InProviderFolder(string path) =>
        path.Contains("/Storage/LiteDb/", StringComparison.Ordinal) || path.Contains("/Storage/PostgreSql/", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*using\s+Npgsql(Types)?\s*;|\bNpgsql\.|\bNpgsqlConnection\b|\bNpgsqlCommand\b|\bNpgsqlDataSource\b", RegexOptions.Multiline)]
    private static partial Regex NpgsqlApi();

    [GeneratedRegex(@"^\s*using\s+LiteDB\s*;|\bLiteDB\.|\bILiteCollection\b|\bBsonExpression\b|\bBsonValue\b|\bBsonDocument\b|\bLiteDatabase\b", RegexOptions.Multiline)]
    private static partial Regex LiteDbApi();

    [Fact]
    public void Only_the_provider_folders_use_LiteDB()
    {
        var leaks = Sources("Dialogs", "Bot", "bench")
            .Where(f => !InProviderFolder(f.Path) && LiteDbApi().IsMatch(f.Text))
            .Select(f => $"{f.Path}: {LiteDbApi().Match(f.Text).Value.Trim()}")
            .ToList();
        Assert.True(leaks.Count == 0, "LiteDB used outside Storage/LiteDb:\n" + string.Join("\n", leaks));
    }

    [Fact]
    public void Only_the_PostgreSql_folders_use_Npgsql()
    {
        var leaks = Sources("Dialogs", "Bot", "bench")
            .Where(f => !f.Path.Contains("/Storage/PostgreSql/", StringComparison.Ordinal) && NpgsqlApi().IsMatch(f.Text))
            .Select(f => $"{f.Path}: {NpgsqlApi().Match(f.Text).Value.Trim()}")
            .ToList();
        Assert.True(leaks.Count == 0, "Npgsql used outside Storage/PostgreSql:\n" + string.Join("\n", leaks));
    }

    [Fact]
    public void Features_and_host_components_depend_on_the_seam_not_on_the_provider()
    {
        // The composition root opens the store; the bench measures this provider on purpose.
        string[] allowed = ["Bot/Hosting/StoreSetup.cs"];
        var named = Sources("Dialogs", "Bot")
            .Where(f => !InProviderFolder(f.Path) && !allowed.Contains(f.Path)
                        && (f.Text.Contains("LiteDbStore", StringComparison.Ordinal) || f.Text.Contains("PostgreSqlStore", StringComparison.Ordinal)))
            .Select(f => f.Path)
            .ToList();
        Assert.True(named.Count == 0, "Files naming the LiteDB store instead of IStore:\n" + string.Join("\n", named));
    }

    [Fact]
    public void The_scan_sees_the_sources()
    {
        var files = Sources("Dialogs", "Bot").Select(f => f.Path).ToList();
        Assert.Contains("Dialogs/Storage/IStore.cs", files);
        Assert.Contains(files, f => InProviderFolder(f) && LiteDbApi().IsMatch(File.ReadAllText(Path.Combine(Root(), f))));
    }
}
