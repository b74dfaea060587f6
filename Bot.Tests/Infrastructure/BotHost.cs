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
    private Timer? _ticker;
    public string BaseUrl { get; }
    public IServiceProvider Services => _app.Services;
    public string StorePath { get; }

    private BotHost(WebApplication app, string baseUrl, string storePath)
    {
        _app = app;
        BaseUrl = baseUrl;
        StorePath = storePath;
    }

    public static async Task<BotHost> StartAsync(string storePath, TimeProvider? time = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        // The reminder scheduler would post a digest at the first pass; tests that want it turn it on.
        var args = new List<string> { "--urls", "http://127.0.0.1:0", $"--Storage:Path={storePath}", "--Reminders:Enabled=false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) args.Add($"--{key}={value}");
        var app = BotApp.Build(args.ToArray(), builder =>
        {
            builder.Logging.ClearProviders();
            if (time is not null) builder.Services.Replace(ServiceDescriptor.Singleton(time));
            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var host = new BotHost(app, url, storePath);
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
        if (_ticker is not null) await _ticker.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
