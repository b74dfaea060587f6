using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>
/// A Bot Connector service on 127.0.0.1 that records what the bot sends. Tests may script failures
/// (status codes, Retry-After) per call through <see cref="Respond"/>.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private int _nextId;

    public sealed record Call(string Method, string Path, JsonObject? Body, string? Authorization);

    public ConcurrentQueue<Call> Calls { get; } = new();
    /// <summary>Optional scripted answer: return a status to fail the call, or null to accept it.</summary>
    public Func<Call, (int Status, string? RetryAfter)?>? Respond { get; set; }
    public string ServiceUrl { get; }
    /// <summary>
    /// Teams accounts (id, name, aadObjectId, email, userPrincipalName) answered to GET …/pagedmembers,
    /// <see cref="MembersPageSize"/> at a time with continuation tokens. Null: that GET is answered like any other.
    /// </summary>
    public List<JsonObject>? Members { get; set; }
    public int MembersPageSize { get; set; } = 500;
    /// <summary>Optional: awaited before a call is answered (a slow or hanging connector).</summary>
    public Func<Call, Task>? Before { get; set; }

    private FakeConnector(LoopbackServer server)
    {
        _server = server;
        ServiceUrl = server.BaseUrl;
    }

    public static async Task<FakeConnector> StartAsync()
    {
        FakeConnector? self = null;
        var server = await LoopbackServer.StartAsync(app => app.Run(async http =>
        {
            JsonObject? body = null;
            if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
                body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
            var call = new Call(http.Request.Method, http.Request.Path.Value ?? "", body, http.Request.Headers.Authorization.FirstOrDefault());
            await self!.AnswerAsync(http, call);
        }));
        self = new FakeConnector(server);
        return self;
    }

    private async Task AnswerAsync(HttpContext http, Call call)
    {
        if (Before is { } before)
        {
            await before(call);
            // The bot gave up on this call while it waited (its window ended): it was never delivered.
            if (http.RequestAborted.IsCancellationRequested) return;
        }
        if (Respond?.Invoke(call) is { } failure)
        {
            Calls.Enqueue(call with { Path = call.Path + $" [{failure.Status}]" });
            if (failure.RetryAfter is not null) http.Response.Headers.RetryAfter = failure.RetryAfter;
            http.Response.StatusCode = failure.Status;
            return;
        }
        Calls.Enqueue(call);
        if (call.Body is not null) CardSink.Record(call.Body, call.Path);
        http.Response.ContentType = "application/json";
        if (call.Method == "GET" && call.Path.EndsWith("/pagedmembers", StringComparison.Ordinal) && Members is { } members)
        {
            var start = int.TryParse(http.Request.Query["continuationToken"], out var token) ? token : 0;
            var size = Math.Min(MembersPageSize, int.TryParse(http.Request.Query["pageSize"], out var asked) ? asked : int.MaxValue);
            var page = new JsonObject { ["members"] = new JsonArray(members.Skip(start).Take(size).Select(m => (JsonNode)m.DeepClone()).ToArray()) };
            if (start + size < members.Count) page["continuationToken"] = (start + size).ToString();
            await http.Response.WriteAsync(page.ToJsonString());
            return;
        }
        if (call.Method == "GET" && call.Path.Contains("/members/", StringComparison.Ordinal))
        {
            // GET …/conversations/{id}/members/{memberId}: one account, or 404 when Teams does not know it.
            var wanted = call.Path[(call.Path.LastIndexOf("/members/", StringComparison.Ordinal) + "/members/".Length)..];
            var found = Members?.FirstOrDefault(m => m["id"]?.GetValue<string>() == wanted);
            if (found is null) { http.Response.StatusCode = 404; return; }
            await http.Response.WriteAsync(found.ToJsonString());
            return;
        }
        if (call.Method == "POST" && call.Path == "/v3/conversations")
        {
            http.Response.StatusCode = 201;
            await http.Response.WriteAsync($$"""{"id":"conv-{{Interlocked.Increment(ref _nextId)}}"}""");
            return;
        }
        http.Response.StatusCode = call.Method == "POST" ? 201 : 200;
        await http.Response.WriteAsync($$"""{"id":"act-{{Interlocked.Increment(ref _nextId)}}"}""");
    }

    /// <summary>The activities the bot sent (posted to .../activities), in order.</summary>
    public IReadOnlyList<JsonObject> SentActivities() =>
        Calls.Where(c => c.Method is "POST" or "PUT" && c.Path.Contains("/activities") && !c.Path.Contains('[') && c.Body is not null)
             .Select(c => c.Body!).ToList();

    /// <summary>Waits until at least <paramref name="count"/> activities arrived (the bot may answer after its HTTP reply).</summary>
    public async Task<IReadOnlyList<JsonObject>> WaitForActivitiesAsync(int count, int timeoutMs = 10_000)
    {
        var until = Environment.TickCount64 + timeoutMs;
        while (SentActivities().Count < count && Environment.TickCount64 < until) await Task.Delay(20);
        return SentActivities();
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
