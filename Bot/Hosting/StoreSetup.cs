using ChatBot.Dialogs.Features.Roster;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Hosting;

/// <summary>Opens the task store at start-up and seeds the sample roster into an empty store.</summary>
public static class StoreSetup
{
    public static TaskStore Open(IServiceProvider services)
    {
        var env = services.GetRequiredService<IHostEnvironment>();
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var path = Path.IsPathRooted(options.Path) ? options.Path : Path.Combine(env.ContentRootPath, options.Path);
        return new TaskStore(path);
    }

    public static void SeedRoster(TaskStore store, RosterOptions options, ILogger log)
    {
        if (string.IsNullOrWhiteSpace(options.SeedPath)) return;
        var path = Path.IsPathRooted(options.SeedPath) ? options.SeedPath : Path.Combine(AppContext.BaseDirectory, options.SeedPath);
        if (!File.Exists(path))
        {
            log.LogWarning("Roster seed {Path} not found; the store starts without a roster", path);
            return;
        }
        if (RosterLoader.SeedIfEmpty(store, RosterLoader.ReadJson(path)))
            log.LogInformation("Loaded the roster from {Path}: {Units} units, {Members} members", path, store.Units.Count(), store.Members.Count());
    }
}
