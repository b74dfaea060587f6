using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Llm;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Bot.Tests.Llm;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>Each turn and each LLM call leaves a span and metrics; logs of a turn carry its ids; nothing carries message text.</summary>
public class TelemetryTests
{
    private const string Secret = "请把这句原话保密";

    [Fact]
    public async Task A_turn_produces_a_span_metrics_and_a_log_scope_with_ids_only()
    {
        var logs = new ScopedLogs();
        await using var f = await BotFixture.StartAsync(services: s => s.AddSingleton<ILoggerProvider>(logs));
        var staff = f.Member(m => !m.IsOffice);
        var activity = Activities.Message(f.Connector.ServiceUrl, $"29:{staff.Id}", "帮助 " + Secret, aadObjectId: staff.AadObjectId);
        var activityId = $"telemetry-{Guid.NewGuid():N}";
        activity["id"] = activityId;

        var spans = new ConcurrentQueue<Activity>();
        using var spanListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == BotTelemetry.TurnsName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { if (a.GetTagItem("bot.activity.id") as string == activityId) spans.Enqueue(a); },
        };
        ActivitySource.AddActivityListener(spanListener);
        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        var meters = f.Bot.Get<IMeterFactory>();
        using var meterListener = new MeterListener
        {
            // Only this bot's meters: other tests' bots run in parallel in the same process.
            InstrumentPublished = (instrument, l) => { if (instrument.Meter.Scope == meters && instrument.Meter.Name == BotTelemetry.TurnsName) l.EnableMeasurementEvents(instrument); },
        };
        meterListener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Tags(tags))));
        meterListener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Tags(tags))));
        meterListener.Start();

        (await f.Http.PostAsync(f.Bot.BaseUrl, activity)).EnsureSuccessStatusCode();
        await f.Connector.WaitForActivitiesAsync(1);

        var span = Assert.Single(spans);
        Assert.Equal("bot.turn", span.OperationName);
        Assert.Equal("message", span.GetTagItem("bot.activity.type"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.DoesNotContain(span.TagObjects, t => t.Value?.ToString()?.Contains(Secret) == true);

        var counted = Assert.Single(measurements, m => m.Instrument == "bot.turns");
        Assert.Equal(1, counted.Value);
        Assert.Equal("message", counted.Tags["bot.activity.type"]);
        Assert.Equal("personal", counted.Tags["bot.conversation.type"]);
        Assert.Equal(200, counted.Tags["http.response.status_code"]);
        Assert.Single(measurements, m => m.Instrument == "bot.turn.duration");

        var answered = Assert.Single(logs.Lines, l => l.Category == typeof(BotTelemetry).FullName && l.Scope.GetValueOrDefault("ActivityId") as string == activityId);
        Assert.Equal($"a:29:{staff.Id}", answered.Scope["ConversationId"]);
        Assert.Equal(staff.AadObjectId, answered.Scope["MemberId"]);
        Assert.DoesNotContain(logs.Lines, l => l.Text.Contains(Secret) || l.Scope.Values.Any(v => v?.ToString()?.Contains(Secret) == true));
    }

    [Fact]
    public async Task An_llm_call_produces_a_span_and_metrics_without_the_prompt()
    {
        await using var stub = await OpenAiStub.StartAsync();
        var model = $"probe-{Guid.NewGuid():N}";
        var settings = LlmTestHost.StubSettings("OpenAI", stub, timeoutSeconds: 20);
        settings["Llm:Model"] = model;
        using var host = LlmTestHost.Create(settings);

        using var test = new ActivitySource("ChatBot.Tests.Telemetry");
        var spans = new ConcurrentQueue<Activity>();
        using var spanListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is LlmServiceCollectionExtensions.TelemetrySourceName or "ChatBot.Tests.Telemetry",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(spanListener);
        var measured = new ConcurrentQueue<(string Instrument, Dictionary<string, object?> Tags)>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == LlmServiceCollectionExtensions.TelemetrySourceName) l.EnableMeasurementEvents(instrument); },
        };
        meterListener.SetMeasurementEventCallback<double>((i, _, tags, _) => measured.Enqueue((i.Name, Tags(tags))));
        meterListener.SetMeasurementEventCallback<int>((i, _, tags, _) => measured.Enqueue((i.Name, Tags(tags))));
        meterListener.SetMeasurementEventCallback<long>((i, _, tags, _) => measured.Enqueue((i.Name, Tags(tags))));
        meterListener.Start();

        ActivityTraceId trace;
        using (var root = test.StartActivity("test"))
        {
            trace = root!.TraceId;
            await host.ChatClient.GetResponseAsync([new ChatMessage(ChatRole.User, Secret)]).WaitAsync(TimeSpan.FromSeconds(30));
        }

        var call = Assert.Single(spans, s => s.Source.Name == LlmServiceCollectionExtensions.TelemetrySourceName && s.TraceId == trace);
        Assert.Equal(model, call.GetTagItem("gen_ai.request.model"));
        Assert.DoesNotContain(call.TagObjects, t => t.Value?.ToString()?.Contains(Secret) == true);
        Assert.Contains(measured, m => m.Instrument == "gen_ai.client.operation.duration" && m.Tags.GetValueOrDefault("gen_ai.request.model") as string == model);
    }

    [Fact]
    public async Task Without_an_otlp_endpoint_nothing_is_exported()
    {
        await using var f = await BotFixture.StartAsync();
        Assert.Null(f.Bot.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task With_an_otlp_endpoint_turns_reach_the_collector_as_traces_and_metrics()
    {
        var posts = new ConcurrentQueue<(string Path, byte[] Body)>();
        await using var collector = await LoopbackServer.StartAsync(app => app.Run(async http =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            posts.Enqueue((http.Request.Path.Value!, body.ToArray()));
            http.Response.ContentType = "application/x-protobuf";
        }));
        var f = await BotFixture.StartAsync(new Dictionary<string, string?>
        {
            [BotTelemetryServiceCollectionExtensions.OtlpEndpointKey] = collector.BaseUrl,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        var staff = f.Member(m => !m.IsOffice);
        (await f.Http.PostAsync(f.Bot.BaseUrl, Activities.Message(f.Connector.ServiceUrl, $"29:{staff.Id}", "帮助 " + Secret, aadObjectId: staff.AadObjectId))).EnsureSuccessStatusCode();
        await f.Connector.WaitForActivitiesAsync(1);
        // Stopping the bot flushes what the exporters still hold.
        await f.DisposeAsync();

        string Sent(string path) => string.Concat(posts.Where(p => p.Path == path).Select(p => Encoding.UTF8.GetString(p.Body)));
        Assert.Contains(BotTelemetry.TurnsName, Sent("/v1/traces"));
        Assert.Contains("bot.turn", Sent("/v1/traces"));
        Assert.Contains("bot.turns", Sent("/v1/metrics"));
        Assert.DoesNotContain(posts, p => Encoding.UTF8.GetString(p.Body).Contains(Secret));
    }

    private static Dictionary<string, object?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags) copy[tag.Key] = tag.Value;
        return copy;
    }

    /// <summary>Keeps each log line with the scope values in force when it was written.</summary>
    private sealed class ScopedLogs : ILoggerProvider, ISupportExternalScope
    {
        private readonly ConcurrentQueue<(string Category, string Text, Dictionary<string, object?> Scope)> _lines = new();
        private IExternalScopeProvider? _scopes;

        public IReadOnlyList<(string Category, string Text, Dictionary<string, object?> Scope)> Lines => _lines.ToArray();
        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;
        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
        public void Dispose() { }

        private sealed class Logger(ScopedLogs owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes?.Push(state);
            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scope = new Dictionary<string, object?>();
                owner._scopes?.ForEachScope((s, into) =>
                {
                    if (s is IEnumerable<KeyValuePair<string, object?>> pairs)
                        foreach (var (key, value) in pairs) into[key] = value;
                }, scope);
                owner._lines.Enqueue((category, formatter(state, exception), scope));
            }
        }
    }
}
