using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>
/// Microsoft Graph's proactive-installation endpoints on 127.0.0.1: install the app for a user (201, or 409
/// when already installed), list the user's installations of it, and the installation's 1:1 chat.
/// <see cref="RefuseWith"/> answers every install with that status (403: permission missing).
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    private LoopbackServer _server = null!;
    private readonly ConcurrentDictionary<string, byte> _installed = new();

    public sealed record Call(string Method, string Path, string? Authorization, JsonObject? Body);

    public ConcurrentQueue<Call> Calls { get; } = new();
    public int? RefuseWith { get; set; }
    public string BaseUrl => _server.BaseUrl + "/v1.0/";

    public static string ChatFor(string userId) => $"19:{userId}_bot@unq.gbl.spaces";

    public static async Task<FakeGraph> StartAsync()
    {
        var graph = new FakeGraph();
        graph._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/v1.0/users/{id}/teamwork/installedApps", async (string id, HttpContext http) =>
            {
                var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
                graph.Record(http, body);
                if (graph.RefuseWith is { } status) return Results.StatusCode(status);
                return graph._installed.TryAdd(id, 0) ? Results.StatusCode(201) : Results.StatusCode(409);
            });
            app.MapGet("/v1.0/users/{id}/teamwork/installedApps", (string id, HttpContext http) =>
            {
                graph.Record(http, null);
                var value = graph._installed.ContainsKey(id) ? new JsonArray(new JsonObject { ["id"] = $"install-{id}" }) : new JsonArray();
                return Results.Json(new JsonObject { ["value"] = value });
            });
            app.MapGet("/v1.0/users/{id}/teamwork/installedApps/{installation}/chat", (string id, string installation, HttpContext http) =>
            {
                graph.Record(http, null);
                return installation == $"install-{id}" ? Results.Json(new { id = ChatFor(id) }) : Results.NotFound();
            });
        });
        return graph;
    }

    private void Record(HttpContext http, JsonObject? body) =>
        Calls.Enqueue(new Call(http.Request.Method, http.Request.Path + http.Request.QueryString, http.Request.Headers.Authorization.FirstOrDefault(), body));

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
