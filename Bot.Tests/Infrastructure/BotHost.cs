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
        var args = new List<string> { "--urls", "http://127.0.0.1:0", $"--Storage:Path={storePath}" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) args.Add($"--{key}={value}");
        var app = BotApp.Build(args.ToArray(), builder =>
        {
            builder.Logging.ClearProviders();
            if (time is not null) builder.Services.Replace(ServiceDescriptor.Singleton(time));
            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotHost(app, url, storePath);
    }

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
