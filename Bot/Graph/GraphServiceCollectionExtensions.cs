using ChatBot.Bot.Channel.Auth;
using ChatBot.Bot.Channel.Connector;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// "Graph": with Graph:Enabled, <see cref="TeamsAppInstaller"/> (used by the outbox to reach people who never
    /// opened the bot) and its app-only token; in every case a start-up line that says how people are reached.
    /// </summary>
    public static IServiceCollection AddGraph(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<GraphOptions>().Bind(config.GetSection(GraphOptions.Section))
            .PostConfigure<IOptions<BotOptions>>((o, bot) =>
            {
                if (string.IsNullOrWhiteSpace(o.BaseUrl)) o.BaseUrl = GraphOptions.DefaultBaseUrl(bot.Value.Cloud);
            })
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.CatalogAppId), "Graph:CatalogAppId is required when Graph:Enabled is true.")
            .ValidateOnStart();
        services.AddHostedService<GraphStartupReport>();
        if (!config.GetValue(GraphOptions.Section + ":Enabled", false)) return services;

        services.AddSingleton<IGraphTokenProvider>(sp =>
        {
            var bot = sp.GetRequiredService<IOptions<BotOptions>>().Value;
            return new GraphTokens(bot.AuthenticationEnabled
                ? new ConnectorTokenProvider(ConnectorCredentialFactory.Create(bot), GraphOptions.Scope(bot.Cloud),
                    sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ConnectorTokenProvider>>())
                : new AnonymousConnectorTokenProvider());
        });
        services.AddHttpClient<TeamsAppInstaller>(c => c.Timeout = TimeSpan.FromSeconds(20));
        return services;
    }

    /// <summary>The connector's token cache, pointed at the Graph scope.</summary>
    private sealed class GraphTokens(IConnectorTokenProvider inner) : IGraphTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken ct) => inner.GetTokenAsync(ct);
    }
}
