using ChatBot.Bot.Hosting;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Cli;

/// <summary>
/// Opens the task store exactly as the bot does: the same configuration sources (appsettings.json,
/// environment, "--Key=Value" arguments), the same content root and <see cref="StoreSetup.Open"/>.
/// A running bot holds the store's lock, and the caller gets <see cref="StoreLockedException"/>.
/// </summary>
public static class CliStore
{
    /// <summary>The bot's configuration as a command sees it (appsettings.json, environment, "--Key=Value").</summary>
    public static IConfiguration Configuration(CliArgs args) =>
        WebApplication.CreateBuilder(new WebApplicationOptions { Args = args.ConfigArgs }).Configuration;

    public static IStore Open(CliArgs args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args.ConfigArgs });
        builder.Services.AddOptions<StorageOptions>().Bind(builder.Configuration.GetSection("Storage"));
        using var services = builder.Services.BuildServiceProvider();
        return StoreSetup.Open(services);
    }
}
