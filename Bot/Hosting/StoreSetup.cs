using ChatBot.Dialogs.Features.Roster;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage.PostgreSql;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Hosting;

/// <summary>
/// Opens the task store at start-up and seeds the sample roster into an empty store. The one place that
/// names the providers: <c>Storage:Provider</c> chooses LiteDB (a file) or PostgreSQL (a server database).
/// </summary>
public static class StoreSetup
{
    public static IStore Open(IServiceProvider services)
    {
        var options = Options(services);
        return Open(options.Provider, FilePath(services, options.Path), options.ConnectionString);
    }

    /// <summary>The store of <paramref name="provider"/>: the LiteDB file at <paramref name="path"/>, or the PostgreSQL database.</summary>
    public static IStore Open(string provider, string? path, string? connectionString)
    {
        var options = new StorageOptions { Provider = provider, Path = path ?? "", ConnectionString = connectionString };
        options.Validate();
        if (options.IsPostgreSql) return new PostgreSqlStore(connectionString!);
        if (string.IsNullOrWhiteSpace(path)) throw new InvalidOperationException("Storage:Path is required when Storage:Provider is LiteDb");
        return new LiteDbStore(path);
    }

    /// <summary>The store when one exists; null rather than creating an empty one just to look.</summary>
    public static IStore? OpenIfExists(IServiceProvider services)
    {
        var options = Options(services);
        // A server database is there or the server says why; only a file can be looked for.
        if (options.IsPostgreSql) return Open(services);
        var path = FilePath(services, options.Path);
        return File.Exists(path) ? new LiteDbStore(path) : null;
    }

    private static StorageOptions Options(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        options.Validate();
        return options;
    }

    /// <summary>A LiteDB file path as configured: relative paths are under the content root.</summary>
    public static string FilePath(IServiceProvider services, string path)
    {
        var env = services.GetRequiredService<IHostEnvironment>();
        return Path.IsPathRooted(path) ? path : Path.Combine(env.ContentRootPath, path);
    }

    /// <summary>True for the providers' own errors (a damaged file, a refused connection…): the command line reports them in one line.</summary>
    public static bool IsStoreFailure(Exception e) => LiteDbStore.IsStoreFailure(e) || PostgreSqlStore.IsStoreFailure(e);

    public static void SeedRoster(IStore store, RosterOptions options, ILogger log)
    {
        if (string.IsNullOrWhiteSpace(options.SeedPath)) return;
        var path = Path.IsPathRooted(options.SeedPath) ? options.SeedPath : Path.Combine(AppContext.BaseDirectory, options.SeedPath);
        if (!File.Exists(path))
        {
            log.LogWarning("Roster seed {Path} not found; the store starts without a roster", path);
            return;
        }
        if (RosterLoader.SeedIfEmpty(store, RosterLoader.ReadJson(path)))
            log.LogInformation("Loaded the roster from {Path}: {Units} units, {Members} members", path, store.Roster.UnitCount(), store.Roster.MemberCount());
    }
}
