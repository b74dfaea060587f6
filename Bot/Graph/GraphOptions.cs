using ChatBot.Bot.Channel.Auth;

namespace ChatBot.Bot.Graph;

/// <summary>
/// "Graph": proactive installation of the Teams app for people who never opened the bot, so dispatch cards and
/// reminders reach the whole roster. Needs the application permission
/// <see cref="Permission"/> with admin consent on the bot's app registration.
/// </summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";
    public const string Permission = "TeamsAppInstallation.ReadWriteSelfForUser.All";

    public bool Enabled { get; set; }
    /// <summary>The app's id in the tenant's app catalog (Teams admin center → Manage apps → the app → App ID), not the bot's app id.</summary>
    public string? CatalogAppId { get; set; }
    /// <summary>Defaults to the cloud's Graph (Public: graph.microsoft.com, China: microsoftgraph.chinacloudapi.cn), v1.0.</summary>
    public string? BaseUrl { get; set; }

    public static string DefaultBaseUrl(BotCloud cloud) => cloud == BotCloud.China
        ? "https://microsoftgraph.chinacloudapi.cn/v1.0/"
        : "https://graph.microsoft.com/v1.0/";

    public static string Scope(BotCloud cloud) => cloud == BotCloud.China
        ? "https://microsoftgraph.chinacloudapi.cn/.default"
        : "https://graph.microsoft.com/.default";

    /// <summary>What the office is told to do when the bot cannot install the app itself.</summary>
    public const string AdminAlternative =
        "ask the Teams administrator to install the app for the bureau with an app setup policy (Teams admin center → Teams apps → Setup policies → Installed apps), " +
        $"or grant the bot's app registration the application permission {Permission} with admin consent and set Graph:Enabled=true";
}
