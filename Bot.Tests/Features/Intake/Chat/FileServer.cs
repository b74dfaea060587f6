using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests.Features.Intake.Chat;

/// <summary>Stands in for SharePoint behind Teams' downloadUrl: serves files from memory on 127.0.0.1.</summary>
public sealed class FileServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    public ConcurrentDictionary<string, byte[]> Files { get; } = new();
    public string BaseUrl { get; private set; } = "";

    private FileServer(WebApplication app) => _app = app;

    public static async Task<FileServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FileServer(builder.Build());
        server._app.Run(async http =>
        {
            if (!server.Files.TryGetValue(http.Request.Path.Value!.TrimStart('/'), out var bytes)) { http.Response.StatusCode = 404; return; }
            await http.Response.Body.WriteAsync(bytes);
        });
        await server._app.StartAsync();
        server.BaseUrl = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public string Url(string name) => $"{BaseUrl}/{name}";

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
