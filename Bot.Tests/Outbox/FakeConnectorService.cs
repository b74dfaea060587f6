using ChatBot.Bot.Tests.Infrastructure;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests.Outbox;

/// <summary>
/// A loopback Bot Connector (Kestrel on 127.0.0.1:0) that records what arrives, stamped with the
/// test's clock, and answers what the test scripted. Like a gateway that honours client activity
/// ids, a second post carrying an id it has seen returns the first message instead of a new one.
/// </summary>
public sealed class FakeConnectorService : IAsyncDisposable
{
    private LoopbackServer _server = null!;
    private readonly TimeProvider _time;
    private readonly ConcurrentQueue<(int Status, int? RetryAfterSeconds)> _script = new();
    private readonly ConcurrentDictionary<string, string> _byClientId = new();
    private int _nextId;

    public ConcurrentQueue<Received> Requests { get; } = new();
    /// <summary>Messages a user would see: one per accepted post that was not a repeat.</summary>
    public ConcurrentQueue<Received> Visible { get; } = new();
    public string ServiceUrl { get; private set; } = "";

    public sealed record Received(string Method, string ConversationId, string? ActivityId, string? Text, DateTimeOffset At);

    private FakeConnectorService(TimeProvider time) => _time = time;

    /// <summary>The next answers, in order, before the default 200.</summary>
    public void Answer(int status, int? retryAfterSeconds = null) => _script.Enqueue((status, retryAfterSeconds));

    public static async Task<FakeConnectorService> StartAsync(TimeProvider time)
    {
        var fake = new FakeConnectorService(time);
        fake._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, JsonObject body) => fake.Post(conversationId, body));
            app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject body) => fake.Put(conversationId, activityId, body));
            app.MapPost("/v3/conversations", (JsonObject body) => fake.Create(body));
        });
        fake.ServiceUrl = fake._server.BaseUrl + "/";
        return fake;
    }

    private IResult Post(string conversationId, JsonObject body)
    {
        var clientId = body["id"]?.GetValue<string>();
        var received = new Received("POST", conversationId, clientId, body["text"]?.GetValue<string>(), _time.GetUtcNow());
        Requests.Enqueue(received);
        if (Scripted() is { } refusal) return refusal;
        if (clientId is not null && _byClientId.TryGetValue(clientId, out var existing)) return Results.Json(new { id = existing });
        var id = $"{Interlocked.Increment(ref _nextId)}";
        if (clientId is not null) _byClientId[clientId] = id;
        Visible.Enqueue(received with { ActivityId = id });
        return Results.Json(new { id });
    }

    private IResult Put(string conversationId, string activityId, JsonObject body)
    {
        Requests.Enqueue(new Received("PUT", conversationId, activityId, body["text"]?.GetValue<string>(), _time.GetUtcNow()));
        return Scripted() ?? Results.Json(new { id = activityId });
    }

    private IResult Create(JsonObject body)
    {
        var member = body["members"]?[0]?["id"]?.GetValue<string>() ?? "?";
        Requests.Enqueue(new Received("CREATE", "", member, null, _time.GetUtcNow()));
        return Scripted() ?? Results.Json(new { id = $"a:{member}" });
    }

    private IResult? Scripted()
    {
        if (!_script.TryDequeue(out var answer)) return null;
        return new StatusWithRetryAfter(answer.Status, answer.RetryAfterSeconds);
    }

    private sealed class StatusWithRetryAfter(int status, int? retryAfterSeconds) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            if (retryAfterSeconds is { } s) context.Response.Headers.RetryAfter = s.ToString();
            return Task.CompletedTask;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
    }
}
