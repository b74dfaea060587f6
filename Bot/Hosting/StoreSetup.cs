using ChatBot.Dialogs.Features.Roster;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Hosting;

/// <summary>
/// Opens the task store at start-up and seeds the sample roster into an empty store. The one place that
/// names the provider: a second one (a server database) would be chosen here from configuration.
/// </summary>
public static class StoreSetup
{
    public static IStore Open(IServiceProvider services) => new LiteDbStore(FilePath(services));

    /// <summary>The store when one exists; null rather than creating an empty one just to look.</summary>
    public static IStore? OpenIfExists(IServiceProvider services) =>
        File.Exists(FilePath(services)) ? new LiteDbStore(FilePath(services)) : null;

    private static string FilePath(IServiceProvider services)
    {
        var env = services.GetRequiredService<IHostEnvironment>();
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return Path.IsPathRooted(options.Path) ? options.Path : Path.Combine(env.ContentRootPath, options.Path);
    }

    /// <summary>True for the provider's own errors (a damaged file…): the command line reports them in one line.</summary>
    public static bool IsStoreFailure(Exception e) => LiteDbStore.IsStoreFailure(e);

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
