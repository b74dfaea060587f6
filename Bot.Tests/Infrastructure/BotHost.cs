using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>The real bot on Kestrel at 127.0.0.1 (random port), with its store in a temporary file.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ErrorLog _errors;
    private Timer? _ticker;
    public string BaseUrl { get; }
    public IServiceProvider Services => _app.Services;
    public string StorePath { get; }

    /// <summary>Every Error or Critical log entry of this bot so far (other logging is off).</summary>
    public IReadOnlyList<string> Errors => _errors.Entries;

    private BotHost(WebApplication app, ErrorLog errors, string baseUrl, string storePath)
    {
        _app = app;
        _errors = errors;
        BaseUrl = baseUrl;
        StorePath = storePath;
    }

    public static async Task<BotHost> StartAsync(string storePath, TimeProvider? time = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        // The reminder scheduler would post a digest at the first pass; tests that want it turn it on.
        var args = new List<string> { "--urls", "http://127.0.0.1:0", $"--Storage:Path={storePath}", "--Reminders:Enabled=false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) args.Add($"--{key}={value}");
        var errors = new ErrorLog();
        var app = BotApp.Build(args.ToArray(), builder =>
        {
            // Quiet, except errors: kept so that a failed start (a hosted service that threw or stopped
            // the host) says why instead of only "A task was canceled".
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(errors);
            if (time is not null) builder.Services.Replace(ServiceDescriptor.Singleton(time));
            services?.Invoke(builder.Services);
        });
        try
        {
            await app.StartAsync();
        }
        catch (Exception e)
        {
            await app.DisposeAsync();
            throw new InvalidOperationException(
                $"The bot did not start: {e.GetType().Name}: {e.Message}. Errors logged while starting:{Environment.NewLine}" +
                (errors.Entries.Count == 0 ? "(none)" : string.Join(Environment.NewLine, errors.Entries)), e);
        }
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var host = new BotHost(app, errors, url, storePath);
        // A fixed clock that still moves: dates stay those of the test, while the outbox's retry and
        // rate-limit waits (on the same clock) run out as they would in real time.
        if (time is Microsoft.Extensions.Time.Testing.FakeTimeProvider fake)
            host._ticker = new Timer(_ => Tick(fake), null, 50, 50);
        return host;
    }

    private static void Tick(Microsoft.Extensions.Time.Testing.FakeTimeProvider fake)
    {
        // Advancing runs the timers that came due on this thread; one that throws (a service being
        // disposed) must not take the test process down with it.
        try { fake.Advance(TimeSpan.FromMilliseconds(50)); }
        catch (Exception) { }
    }

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        // The clock keeps moving until the host is gone: stopping and disposing wait on it (an HTTP call's
        // timeout, Polly's wait for executions in flight). Stopped first, the ticker froze the clock and a
        // dispose with a call in flight waited for ever.
        try
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        finally
        {
            if (_ticker is not null) await _ticker.DisposeAsync();
        }
    }

    /// <summary>Keeps Error and Critical entries, with their exceptions, in memory.</summary>
    private sealed class ErrorLog : ILoggerProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _entries = new();
        public IReadOnlyList<string> Entries => _entries.ToArray();
        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
        public void Dispose() { }

        private sealed class Logger(ErrorLog log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (!IsEnabled(logLevel)) return;
                log._entries.Enqueue($"[{logLevel}] {category}: {formatter(state, exception)}{(exception is null ? "" : Environment.NewLine + exception)}");
            }
        }
    }
}
