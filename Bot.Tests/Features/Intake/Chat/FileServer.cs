using System.Collections.Concurrent;
using ChatBot.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Bot.Tests.Features.Intake.Chat;

/// <summary>Stands in for SharePoint behind Teams' downloadUrl: serves files from memory on 127.0.0.1.</summary>
public sealed class FileServer : IAsyncDisposable
{
    private LoopbackServer _server = null!;
    public ConcurrentDictionary<string, byte[]> Files { get; } = new();
    public string BaseUrl => _server.BaseUrl;

    public static async Task<FileServer> StartAsync()
    {
        var files = new FileServer();
        files._server = await LoopbackServer.StartAsync(app => app.Run(async http =>
        {
            if (!files.Files.TryGetValue(http.Request.Path.Value!.TrimStart('/'), out var bytes)) { http.Response.StatusCode = 404; return; }
            await http.Response.Body.WriteAsync(bytes);
        }));
        return files;
    }

    public string Url(string name) => $"{BaseUrl}/{name}";

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
