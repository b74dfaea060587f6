using ChatBot.Bot.Hosting;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Cli;

/// <summary>
/// store copy --from LiteDb --to PostgreSql [--from-path &lt;db&gt;] [--to-connection &lt;cs&gt;]: moves a bureau's
/// data to another store (stop the bot first), refuses a target that already holds data, and prints per
/// collection the count and checksum on both sides; any difference fails the command.
/// </summary>
public sealed class StoreCommand : ICliCommand
{
    public string Name => "store";

    public string Usage =>
        "  store copy --from LiteDb --to PostgreSql [--from-path <db>] [--to-connection <connection string>]\n" +
        "                                                           move the store to another provider; counts and checksums per collection\n" +
        "                                                           (also --from PostgreSql --to LiteDb with --from-connection / --to-path;\n" +
        "                                                           defaults: Storage:Path and Storage:ConnectionString)";

    public IReadOnlySet<string> ValuedOptions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "from", "to", "from-path", "to-path", "from-connection", "to-connection" };

    public Task<int> RunAsync(CliArgs args, CliConsole console)
    {
        if (args.Word(0) != "copy" || args.Words.Count > 1 || args.Flags.Count > 0 || args.Option("from") is not { } from || args.Option("to") is not { } to)
            return Task.FromResult(UsageError(console));
        if (!IsProvider(from) || !IsProvider(to) || from.Equals(to, StringComparison.OrdinalIgnoreCase))
        {
            console.Error.WriteLine($"error: --from and --to are two different providers ({StorageOptions.LiteDb}, {StorageOptions.PostgreSql})");
            return Task.FromResult(2);
        }

        var config = CliStore.Configuration(args);
        var configured = config.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        var contentRoot = config[WebHostDefaults.ContentRootKey] ?? Directory.GetCurrentDirectory();
        string? Where(string side, string provider) => Is(provider, StorageOptions.PostgreSql)
            ? args.Option($"{side}-connection") ?? configured.ConnectionString
            : FilePath(args.Option($"{side}-path") is { } typed ? CliPaths.FromUser(typed) : configured.Path, contentRoot);

        var sourceAt = Where("from", from);
        var targetAt = Where("to", to);
        if (string.IsNullOrWhiteSpace(sourceAt) || string.IsNullOrWhiteSpace(targetAt))
        {
            console.Error.WriteLine("error: say where both stores are: --from-path/--to-path for LiteDb, --from-connection/--to-connection (or Storage:ConnectionString) for PostgreSql");
            return Task.FromResult(2);
        }
        if (Is(from, StorageOptions.LiteDb) && !File.Exists(sourceAt))
        {
            console.Error.WriteLine($"error: {sourceAt}: no such store file. Nothing was copied.");
            return Task.FromResult(2);
        }

        using var source = Open(from, sourceAt);
        using var target = Open(to, targetAt);
        console.Out.WriteLine($"Copying {from} {source.Path} to {to} {target.Path}");
        if (StoreCopy.NotEmpty(target) is { Count: > 0 } full)
        {
            console.Error.WriteLine($"error: the target already holds data ({string.Join(", ", full)}); copy into an empty store. Nothing was copied.");
            return Task.FromResult(1);
        }
        if (StoreCopy.Uncovered(source) is { Count: > 0 } uncovered)
        {
            console.Error.WriteLine($"error: no {StorageOptions.PostgreSql} table for {string.Join(", ", uncovered)}; nothing would carry them across. Nothing was copied.");
            return Task.FromResult(1);
        }

        var checks = StoreCopy.Copy(source, target);
        console.Out.WriteLine($"{"collection",-22} {"source",8} {"target",8}  {"sha256 source",-16}  {"sha256 target",-16}");
        foreach (var c in checks)
            console.Out.WriteLine($"{c.Name,-22} {c.SourceCount,8} {c.TargetCount,8}  {c.SourceSha256[..16]}  {c.TargetSha256[..16]}  {(c.Matches ? "ok" : "DIFFERENT")}");
        var different = checks.Where(c => !c.Matches).Select(c => c.Name).ToList();
        if (different.Count > 0)
        {
            console.Error.WriteLine($"error: {string.Join(", ", different)} differ between the stores after the copy.");
            return Task.FromResult(1);
        }
        console.Out.WriteLine($"Copied {checks.Sum(c => c.TargetCount)} documents in {checks.Count} collections; every count and checksum matches.");
        return Task.FromResult(0);
    }

    private static IStore Open(string provider, string at) => Is(provider, StorageOptions.PostgreSql)
        ? StoreSetup.Open(StorageOptions.PostgreSql, null, at)
        : StoreSetup.Open(StorageOptions.LiteDb, at, null);

    private static string FilePath(string path, string contentRoot) => Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);

    private static bool IsProvider(string name) => Is(name, StorageOptions.LiteDb) || Is(name, StorageOptions.PostgreSql);

    private static bool Is(string name, string provider) => string.Equals(name.Trim(), provider, StringComparison.OrdinalIgnoreCase);

    private int UsageError(CliConsole console)
    {
        console.Error.WriteLine("Usage:");
        console.Error.WriteLine(Usage);
        return 2;
    }
}
