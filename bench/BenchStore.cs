using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage.PostgreSql;
using ChatBot.TestKit;

namespace ChatBot.Bench;

/// <summary>
/// <c>--store litedb</c> (the default: a temp file) or <c>--store postgres</c> (a database on a throwaway cluster
/// TestKit starts on 127.0.0.1 and removes afterwards), for the benchmarks that compare the providers.
/// </summary>
internal sealed class BenchStore : IDisposable
{
    private readonly PostgreSqlCluster? _cluster;
    private readonly DirectoryInfo? _dir;

    private BenchStore(string kind, string location, PostgreSqlCluster? cluster, DirectoryInfo? dir)
    {
        Kind = kind;
        Location = location;
        _cluster = cluster;
        _dir = dir;
    }

    /// <summary>"litedb" or "postgres", as printed.</summary>
    public string Kind { get; }
    /// <summary>The LiteDB file, or the PostgreSQL connection string.</summary>
    public string Location { get; }
    public bool IsPostgres => Kind == "postgres";

    public static string KindIn(string[] args) =>
        Array.IndexOf(args, "--store") is var i and >= 0 && i + 1 < args.Length ? args[i + 1].ToLowerInvariant() switch
        {
            "postgres" or "postgresql" => "postgres",
            "litedb" => "litedb",
            var other => throw new ArgumentException($"--store must be litedb or postgres, not '{other}'"),
        } : "litedb";

    public static BenchStore Create(string kind)
    {
        if (kind == "postgres")
        {
            var cluster = PostgreSqlCluster.Start();
            return new BenchStore(kind, cluster.CreateDatabase("bench"), cluster, null);
        }
        var dir = Directory.CreateTempSubdirectory("dt-bench-");
        return new BenchStore(kind, Path.Combine(dir.FullName, "bench.db"), null, dir);
    }

    public static IStore Open(string kind, string location) =>
        kind == "postgres" ? new PostgreSqlStore(location) : new LiteDbStore(location);

    public IStore Open() => Open(Kind, Location);

    /// <summary>What the store takes on disk: the file, or the database.</summary>
    public long Bytes()
    {
        return IsPostgres ? PostgreSqlDatabaseSize.Of(Location) : new FileInfo(Location).Length;
    }

    public void Dispose()
    {
        _cluster?.Dispose();
        try { _dir?.Delete(recursive: true); } catch (IOException) { }
    }
}
