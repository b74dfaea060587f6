using System.Net;
using ChatBot.Bot.Channel.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Channel.Auth;

public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// The inbound half of the channel: <see cref="BotOptions"/> (validated at startup),
    /// <see cref="TrustedServiceUrls"/> and the singleton <see cref="BotAuthenticator"/> that
    /// POST /api/messages calls with the Authorization header and the parsed activity.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotOptions(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BotAuthenticator>(sp => new BotAuthenticator(
            sp.GetRequiredService<IOptions<BotOptions>>(),
            sp.GetRequiredService<TrustedServiceUrls>(),
            sp.GetRequiredService<ILogger<BotAuthenticator>>(),
            sp.GetRequiredService<TimeProvider>(),
            CreateMetadataClient()));
        return services;
    }

    /// <summary>Binds "Bot" once, validates it at startup and registers the shared <see cref="TrustedServiceUrls"/>.</summary>
    public static IServiceCollection AddBotOptions(this IServiceCollection services, IConfiguration configuration)
    {
        // Binding twice would append list items (AllowedTenants, ValidIssuers) twice.
        if (services.Any(d => d.ImplementationType == typeof(BotOptionsValidator))) return services;
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.TryAddSingleton(sp => new TrustedServiceUrls(sp.GetRequiredService<IOptions<BotOptions>>()));
        return services;
    }

    /// <summary>
    /// The authenticators (channel, board tab) live for the whole process, so each owns a client whose pooled connections are
    /// recycled (DNS changes of the metadata host are picked up) instead of holding a factory client forever.
    /// </summary>
    internal static HttpClient CreateMetadataClient() =>
        new(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(15),
            AutomaticDecompression = DecompressionMethods.All,
        })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };
}
