using System.Diagnostics;
using System.Diagnostics.Metrics;
using ChatBot.Bot.Llm;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using BotActivity = ChatBot.Bot.Channel.Schema.Activity;

namespace ChatBot.Bot.Hosting;

/// <summary>
/// Operations: every inbound activity (a turn) gets a log scope with its ids, a span and two metrics;
/// LLM calls have their own spans and token metrics (<see cref="LlmServiceCollectionExtensions.TelemetrySourceName"/>).
/// Nothing leaves the process unless OTEL_EXPORTER_OTLP_ENDPOINT is set: then traces, metrics and logs
/// of every "ChatBot.*" source and meter (and ASP.NET Core's and HttpClient's) go to that OTLP endpoint.
/// Never message text, never tokens: ids, types, status codes and durations only.
/// </summary>
public sealed class BotTelemetry
{
    public const string TurnsName = "ChatBot.Turns";
    /// <summary>
    /// Every source and meter of the bot, by wildcard (OpenTelemetry's AddSource/AddMeter accept "*"): ChatBot.Turns,
    /// ChatBot.Llm, ChatBot.Outbox (OutboxTelemetry), ChatBot.Connector (ConnectorTelemetry), and whatever Bot/ adds.
    /// </summary>
    public const string AllSources = "ChatBot.*";

    public static readonly ActivitySource Turns = new(TurnsName);

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _duration;
    private readonly ILogger<BotTelemetry> _log;

    public BotTelemetry(IMeterFactory meters, ILogger<BotTelemetry> log)
    {
        var meter = meters.Create(TurnsName);
        _turns = meter.CreateCounter<long>("bot.turns", "{turn}", "Inbound activities answered, by type and HTTP status");
        _duration = meter.CreateHistogram<double>("bot.turn.duration", "s", "Time until the channel got its HTTP answer");
        _log = log;
    }

    /// <summary>Starts the turn's scope and span; dispose it after setting <see cref="Turn.Status"/>.</summary>
    public Turn Begin(BotActivity activity) => new(this, activity);

    public sealed class Turn : IDisposable
    {
        private readonly BotTelemetry _owner;
        private readonly IDisposable? _scope;
        private readonly Activity? _span;
        private readonly long _started = Stopwatch.GetTimestamp();
        private readonly TagList _tags;

        internal Turn(BotTelemetry owner, BotActivity activity)
        {
            _owner = owner;
            // Ids only: the scope travels with every log line of the turn, including work that outlives the request.
            _scope = owner._log.BeginScope("Turn {ActivityId} in {ConversationId} from {MemberId}",
                activity.Id, activity.Conversation?.Id, activity.From?.AadObjectId ?? activity.From?.Id);
            _tags = new TagList
            {
                { "bot.activity.type", activity.Type },
                { "bot.conversation.type", activity.Conversation?.ConversationType ?? "unknown" },
            };
            _span = Turns.StartActivity("bot.turn", ActivityKind.Internal);
            if (_span is not null)
            {
                foreach (var tag in _tags) _span.SetTag(tag.Key, tag.Value);
                _span.SetTag("bot.activity.id", activity.Id);
                _span.SetTag("bot.conversation.id", activity.Conversation?.Id);
            }
        }

        /// <summary>The HTTP status the channel was answered with.</summary>
        public int Status { get; set; }

        public void Dispose()
        {
            var elapsed = Stopwatch.GetElapsedTime(_started);
            var tags = _tags;
            tags.Add("http.response.status_code", Status);
            _owner._turns.Add(1, tags);
            _owner._duration.Record(elapsed.TotalSeconds, tags);
            if (_span is not null)
            {
                _span.SetTag("http.response.status_code", Status);
                if (Status >= 500) _span.SetStatus(ActivityStatusCode.Error);
                _span.Dispose();
            }
            // Checked first: the call would box its arguments into an array on every turn even when Information is off.
            if (_owner._log.IsEnabled(LogLevel.Information))
                _owner._log.LogInformation("{Type} answered {Status} in {ElapsedMs:0} ms", _tags[0].Value, Status, elapsed.TotalMilliseconds);
            _scope?.Dispose();
        }
    }
}

public static class BotTelemetryServiceCollectionExtensions
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The turn telemetry; the OTLP exporter only when OTEL_EXPORTER_OTLP_ENDPOINT is configured (environment or settings).</summary>
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration config)
    {
        services.AddMetrics();
        services.AddSingleton<BotTelemetry>();
        if (string.IsNullOrWhiteSpace(config[OtlpEndpointKey])) return services;

        // OTEL_EXPORTER_OTLP_PROTOCOL, _HEADERS… are read by the SDK from the same configuration.
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(config["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "directive-tracker"))
            .WithTracing(t => t.AddSource(BotTelemetry.AllSources, "Microsoft.AspNetCore", "System.Net.Http"))
            .WithMetrics(m => m.AddMeter(BotTelemetry.AllSources, "Microsoft.AspNetCore.Hosting", "System.Net.Http"))
            .WithLogging(_ => { }, o => o.IncludeScopes = true)
            .UseOtlpExporter();
        return services;
    }
}
