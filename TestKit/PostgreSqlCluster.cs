using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ChatBot.TestKit;

/// <summary>
/// A throwaway PostgreSQL server for tests: Debian's binaries (<c>/usr/lib/postgresql/*/bin</c>, or
/// <c>PG_BIN</c>), a new cluster in a temporary folder, listening on 127.0.0.1 at a free port, fsync off,
/// trust authentication for user <c>postgres</c>. As root the binaries run as the <c>postgres</c> user
/// (<c>runuser</c>): initdb refuses root. Stopped and deleted on <see cref="Dispose"/>; <see cref="Shared"/>
/// is started once per test process and stopped when it exits. Each store gets a database of its own
/// (<see cref="CreateDatabase"/>).
/// </summary>
public sealed class PostgreSqlCluster : IDisposable
{
    private static readonly Lazy<PostgreSqlCluster> SharedCluster = new(() =>
    {
        var cluster = Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return cluster;
    });

    private static int _databases;
    private readonly string _root;
    private readonly string _bin;
    private int _disposed;

    private PostgreSqlCluster(string root, string bin, int port)
    {
        _root = root;
        _bin = bin;
        Port = port;
    }

    public int Port { get; }
    public string DataDirectory => Path.Combine(_root, "data");

    /// <summary>The folder with initdb and pg_ctl, newest version first; null when PostgreSQL is not installed.</summary>
    public static string? BinDirectory { get; } = FindBin();

    public static bool IsInstalled => BinDirectory is not null;

    /// <summary>Why tests that need PostgreSQL are skipped here (they fail under CI=true instead).</summary>
    public static string NotInstalledReason =>
        "PostgreSQL not found (no initdb/pg_ctl under /usr/lib/postgresql/*/bin or PG_BIN; apt-get install postgresql); PostgreSQL tests run in CI.";

    /// <summary>One cluster for the test process, started on first use.</summary>
    public static PostgreSqlCluster Shared => SharedCluster.Value;

    public static PostgreSqlCluster Start()
    {
        var bin = BinDirectory ?? throw new InvalidOperationException(NotInstalledReason);
        SweepStale();
        var root = Directory.CreateTempSubdirectory("dt-pg-").FullName;
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", ["postgres:postgres", root]);
        Run(Path.Combine(bin, "initdb"), ["-D", Path.Combine(root, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], asRoot);
        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreePort();
            try
            {
                var options = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={root} -c fsync=off -c synchronous_commit=off " +
                              "-c full_page_writes=off -c max_connections=300 -c shared_buffers=32MB";
                Run(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(root, "data"), "-l", Path.Combine(root, "server.log"), "-o", options, "-w", "-t", "60", "start"], asRoot);
                Watch(root, bin, asRoot);
                return new PostgreSqlCluster(root, bin, port);
            }
            catch (InvalidOperationException e)
            {
                last = e; // the port was taken between looking and listening: another one
            }
        }
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        throw new InvalidOperationException("PostgreSQL did not start: " + last?.Message, last);
    }

    /// <summary>The connection string of <paramref name="database"/> on this cluster.</summary>
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = true }.ConnectionString;

    /// <summary>A new, empty database; returns its connection string.</summary>
    public string CreateDatabase(string prefix = "dt")
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}".ToLowerInvariant();
        if (name.Length > 60) name = name[..60];
        using (var connection = new NpgsqlConnection(ConnectionString()))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }
        return ConnectionString(name);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        NpgsqlConnection.ClearAllPools();
        try { Run(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "-t", "30", "stop"], Environment.UserName == "root"); }
        catch (InvalidOperationException) { /* already stopped */ }
        // The server's last files can still be going away as pg_ctl returns: try a few times.
        for (var attempt = 0; attempt < 5 && Directory.Exists(_root); attempt++)
        {
            try { Directory.Delete(_root, recursive: true); }
            catch (IOException) { Thread.Sleep(200); }
            catch (UnauthorizedAccessException) { Thread.Sleep(200); }
        }
    }

    /// <summary>
    /// A watchdog in its own session: when this process is gone — exited, or killed by the hang guard before
    /// its exit handlers ran — it stops the server and deletes the folder, so no test run leaves a server behind.
    /// </summary>
    private static void Watch(string root, string bin, bool asRoot)
    {
        const string script = """
            exec >/dev/null 2>&1
            while kill -0 "$1" 2>/dev/null; do sleep 1; done
            if [ -f "$3/postmaster.pid" ]; then
              if [ "$5" = 1 ]; then runuser -u postgres -- "$2" -D "$3" -m immediate stop; else "$2" -D "$3" -m immediate stop; fi
            fi
            rm -rf "$4"
            """;
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "sh", "-c", script, "pg-watch", Environment.ProcessId.ToString(), Path.Combine(bin, "pg_ctl"), Path.Combine(root, "data"), root, asRoot ? "1" : "0" })
            start.ArgumentList.Add(a);
        using var _ = Process.Start(start);
    }

    /// <summary>
    /// Folders of clusters whose test process ended without stopping them cleanly (the test host does not
    /// always finish exit handlers): stopped servers leave no postmaster.pid; young folders may be starting.
    /// </summary>
    private static void SweepStale()
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), "dt-pg-*"))
        {
            try
            {
                if (File.Exists(Path.Combine(dir, "data", "postmaster.pid"))) continue;
                if (DateTime.UtcNow - Directory.GetLastWriteTimeUtc(dir) < TimeSpan.FromMinutes(10)) continue;
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static string? FindBin()
    {
        var candidates = new List<string>();
        // PG_BIN names the one folder to use (a folder without the binaries: tests as on a machine without PostgreSQL).
        if (Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } env) candidates.Add(env);
        else if (Directory.Exists("/usr/lib/postgresql"))
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, IReadOnlyList<string> args, bool asPostgres = false)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The binaries chdir into nothing of ours; a folder the postgres user may read avoids a warning.
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres) foreach (var a in new[] { "-u", "postgres", "--", file }) start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(file)} did not finish within 2 minutes");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} exited {process.ExitCode}: {error.Result}{output.Result}");
    }
}
