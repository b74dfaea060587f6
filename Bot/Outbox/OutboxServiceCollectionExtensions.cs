using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The durable outbox and its dispatcher (a hosted service). Expects a <c>IStore</c> and an
    /// <c>IConnectorClient</c> to be registered by the host.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Outbox>();
        services.AddMetrics();
        services.TryAddSingleton<OutboxTelemetry>();
        services.TryAddSingleton<TeamsRateLimits>();
        services.TryAddSingleton(sp => new MemberConversations(
            sp.GetRequiredService<ChatBot.Dialogs.Storage.IStore>(),
            sp.GetRequiredService<ChatBot.Bot.Channel.Connector.IConnectorClient>(),
            sp.GetRequiredService<IOptions<OutboxOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ChatBot.Bot.Channel.Connector.TrustedServiceUrls>(),
            sp.GetService<ChatBot.Bot.Graph.TeamsAppInstaller>()));
        services.TryAddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
