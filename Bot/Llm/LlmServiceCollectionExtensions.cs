using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>OpenTelemetry source name for LLM spans and metrics.</summary>
    public const string TelemetrySourceName = "ChatBot.Llm";

    /// <summary>
    /// Binds and validates the "Llm" section, and — only when a provider is configured — registers
    /// <see cref="IChatClient"/>: provider client → our timeout/usage guard → OpenTelemetry → logging.
    /// With Provider None no <see cref="IChatClient"/> exists and understanding uses the rules.
    /// Always registers <see cref="LlmStatus"/> and <see cref="LlmUsageLog"/>.
    /// </summary>
    public static IServiceCollection AddLlm(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LlmOptions.SectionName);
        services.AddOptions<LlmOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LlmUsageLog>();
        services.TryAddSingleton(sp => LlmStatus.From(sp.GetRequiredService<IOptions<LlmOptions>>().Value));

        // Decided at registration so that "no LLM" means no IChatClient at all, not one that throws.
        var provider = ReadProvider(section);
        if (provider == LlmProvider.None)
        {
            return services;
        }

        Pipeline(services.AddChatClient(sp => LlmChatClientFactory.Create(sp.GetRequiredService<IOptions<LlmOptions>>().Value)),
            sp => TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<LlmOptions>>().Value.TimeoutSeconds));

        return services;
    }

    /// <summary>
    /// A second client on the same provider under <paramref name="key"/>, bounded by its own
    /// <paramref name="timeout"/> instead of the chat turn's <see cref="LlmOptions.TimeoutSeconds"/>:
    /// intake reads a meeting text in the background and may take a minute. Nothing when no provider is set.
    /// </summary>
    public static IServiceCollection AddKeyedLlmChatClient(this IServiceCollection services, IConfiguration configuration, string key, Func<IServiceProvider, TimeSpan> timeout)
    {
        if (ReadProvider(configuration.GetSection(LlmOptions.SectionName)) == LlmProvider.None) return services;
        Pipeline(services.AddKeyedChatClient(key, sp => LlmChatClientFactory.Create(sp.GetRequiredService<IOptions<LlmOptions>>().Value)), timeout);
        return services;
    }

    /// <summary>provider client → our timeout/usage guard → OpenTelemetry → logging.</summary>
    private static void Pipeline(ChatClientBuilder builder, Func<IServiceProvider, TimeSpan> timeout) =>
        builder
            // Prompts and answers are logged only at Trace by LoggingChatClient, never at Information.
            .UseLogging()
            // Spans and token metrics without message content (EnableSensitiveData stays false).
            .UseOpenTelemetry(sourceName: TelemetrySourceName)
            .Use((inner, sp) =>
            {
                var options = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
                return new TimeoutAndUsageChatClient(
                    inner,
                    timeout(sp),
                    options.ModelOrDeployment,
                    sp.GetRequiredService<LlmUsageLog>(),
                    sp.GetRequiredService<TimeProvider>());
            });

    private static LlmProvider ReadProvider(IConfigurationSection section)
    {
        var value = section[nameof(LlmOptions.Provider)];
        if (string.IsNullOrWhiteSpace(value))
        {
            return LlmProvider.None;
        }

        if (Enum.TryParse<LlmProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider))
        {
            return provider;
        }

        throw new InvalidOperationException(
            $"{LlmOptions.SectionName}:Provider must be one of None, AzureOpenAI, OpenAI (got '{value}').");
    }
}
