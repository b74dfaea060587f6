using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ChatBot.Bot.Channel.Connector;

/// <summary>
/// Traces and metrics of calls to the Bot Connector (source and meter "ChatBot.Connector", exported with
/// every "ChatBot.*"): a client span per call (the HttpClient span of each attempt below it), a counter of
/// calls by operation and outcome, and their duration. The host and the operation, never the body or the token.
/// </summary>
public sealed class ConnectorTelemetry
{
    public const string Name = "ChatBot.Connector";

    public static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> _calls;
    private readonly Histogram<double> _duration;

    public ConnectorTelemetry(IMeterFactory meters) : this(meters.Create(Name))
    {
    }

    private ConnectorTelemetry(Meter meter)
    {
        _calls = meter.CreateCounter<long>("connector.calls", "{call}", "Calls to the Bot Connector, by operation and HTTP status (0: no answer; -1: refused before sending)");
        _duration = meter.CreateHistogram<double>("connector.call.duration", "s", "One call, the connector's own retries of reads included");
    }

    /// <summary>For a client built without the host (tests, benchmarks): a meter of its own.</summary>
    internal static ConnectorTelemetry Standalone { get; } = new(new Meter(Name));

    /// <summary>A call refused before it left (the serviceUrl is not trusted): counted with status -1, no span.</summary>
    public void Refused(string operation) =>
        _calls.Add(1, new TagList { { "bot.connector.operation", operation }, { "http.response.status_code", -1 } });

    public Call Begin(string operation, HttpMethod method, Uri uri) => new(this, operation, method, uri);

    public sealed class Call : IDisposable
    {
        private readonly ConnectorTelemetry _owner;
        private readonly Activity? _span;
        private readonly string _operation;
        private readonly long _started = Stopwatch.GetTimestamp();

        internal Call(ConnectorTelemetry owner, string operation, HttpMethod method, Uri uri)
        {
            _owner = owner;
            _operation = operation;
            _span = Source.StartActivity("connector " + operation, ActivityKind.Client);
            _span?.SetTag("bot.connector.operation", operation);
            _span?.SetTag("http.request.method", method.Method);
            _span?.SetTag("server.address", uri.Host);
        }

        /// <summary>The HTTP status answered; 0 when nothing answered (network error, timeout, cancelled).</summary>
        public int Status { get; set; }

        public void Dispose()
        {
            var tags = new TagList { { "bot.connector.operation", _operation }, { "http.response.status_code", Status } };
            _owner._calls.Add(1, tags);
            _owner._duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
            if (_span is null) return;
            _span.SetTag("http.response.status_code", Status);
            if (Status is < 200 or >= 300) _span.SetStatus(ActivityStatusCode.Error);
            _span.Dispose();
        }
    }
}
