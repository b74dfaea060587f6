using System.Net;
using ChatBot.Bot.Channel.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace ChatBot.Bot.Channel.Connector;

public static class BotConnectorServiceCollectionExtensions
{
    public const string ResiliencePipelineName = "bot-connector";

    /// <summary>
    /// The outbound half of the channel: <see cref="IConnectorClient"/> as a typed HttpClient with the bot's
    /// bearer token when Bot:AppId is set, a timeout per attempt, and retries (429, 412, 502, 504, network
    /// errors, timeouts; exponential backoff with jitter; Retry-After honoured) for reads (GET) only.
    /// Posts, updates and deletes go out once per call: every one of them that must arrive comes from the
    /// durable outbox, which owns retries and their cap (Outbox:MaxAttempts). A second retry layer here would
    /// multiply the attempts per message, and Teams does not de-duplicate posts.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotOptions(configuration);
        services.AddOptions<ConnectorResilienceOptions>().Bind(configuration.GetSection(ConnectorResilienceOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConnectorTokenProvider>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BotOptions>>().Value;
            if (!options.AuthenticationEnabled) return new AnonymousConnectorTokenProvider();
            return new ConnectorTokenProvider(
                ConnectorCredentialFactory.Create(options), options.OAuthScope,
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ConnectorTokenProvider>>());
        });
        services.TryAddTransient<ConnectorAuthorizationHandler>();
        services.AddMetrics();
        services.TryAddSingleton<ConnectorTelemetry>();

        var client = services.AddHttpClient<IConnectorClient, ConnectorClient>(c => c.Timeout = Timeout.InfiniteTimeSpan);
        client.AddResilienceHandler(ResiliencePipelineName, (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<ConnectorResilienceOptions>>().Value;
                var retry = new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = o.MaxRetryAttempts,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = o.BaseDelay,
                    MaxDelay = o.MaxDelay,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome) && !WaitsTooLong(args.Outcome, o.MaxRetryAfter)),
                };
                // POST, PUT, PATCH, DELETE: once. PUT and DELETE are idempotent, but their only caller is the
                // outbox, which retries them durably; retrying here too would put them past its cap.
                retry.DisableForUnsafeHttpMethods();
                pipeline
                    .AddTimeout(o.TotalTimeout)
                    .AddRetry(retry)
                    .AddTimeout(o.AttemptTimeout);
            });
        // Added after the resilience handler, so it runs inside it: once per attempt.
        client.AddHttpMessageHandler<ConnectorAuthorizationHandler>();
        return services;
    }

    /// <summary>Sitting out a long Retry-After would only end in the total timeout; hand the wait to the caller.</summary>
    internal static bool WaitsTooLong(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter) =>
        outcome.Result is { } response && RetryAfter(response, TimeProvider.System) > maxRetryAfter;

    /// <summary>Retry-After as a delay, from either form the header may take (delta-seconds or an HTTP date).</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>The Teams rate-limit article lists 429, 412, 502 and 504 as the answers to retry.</summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result.StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout } => true,
        _ => false,
    };
}
