using ChatBot.Bot.Tests.Infrastructure;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ChatBot.Bot.Tests.Channel;

/// <summary>
/// A loopback Bot Connector: answers each request with the next scripted reply (200 once the script is
/// used up), records every attempt, and counts as delivered only the ones it answered with 2xx.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    public sealed record Reply(int Status, string? RetryAfter = null, bool Hang = false)
    {
        public static Reply Ok => new(200);
        public static Reply Hangs => new(0, Hang: true);
        public static Reply With(int status, string? retryAfter = null) => new(status, retryAfter);
    }

    public sealed record Attempt(string Method, string Path, string? Authorization, string Body, DateTimeOffset At);

    private readonly ConcurrentQueue<Reply> _script = new();
    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private readonly ConcurrentQueue<Attempt> _delivered = new();
    private LoopbackServer _server = null!;

    public string ServiceUrl => _server.BaseUrl + "/teams/";
    public IReadOnlyList<Attempt> Attempts => _attempts.ToList();
    public IReadOnlyList<Attempt> Delivered => _delivered.ToList();

    public static async Task<FakeBotConnector> StartAsync()
    {
        var fake = new FakeBotConnector();
        fake._server = await LoopbackServer.StartAsync(app => app.Run(fake.HandleAsync));
        return fake;
    }

    public FakeBotConnector Script(params Reply[] replies)
    {
        foreach (var reply in replies) _script.Enqueue(reply);
        return this;
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        var body = await new StreamReader(ctx.Request.Body).ReadToEndAsync();
        // The raw target, as sent: Request.Path would already be percent-decoded.
        var target = ctx.Features.Get<IHttpRequestFeature>()?.RawTarget ?? ctx.Request.Path + ctx.Request.QueryString;
        var attempt = new Attempt(ctx.Request.Method, target,
            ctx.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null, body, DateTimeOffset.UtcNow);
        _attempts.Enqueue(attempt);

        var reply = _script.TryDequeue(out var next) ? next : Reply.Ok;
        if (reply.Hang)
        {
            try { await Task.Delay(Timeout.Infinite, ctx.RequestAborted); } catch (OperationCanceledException) { }
            return;
        }
        ctx.Response.StatusCode = reply.Status;
        if (reply.RetryAfter is not null) ctx.Response.Headers.RetryAfter = reply.RetryAfter;
        if (reply.Status is >= 200 and < 300)
        {
            _delivered.Enqueue(attempt);
            await ctx.Response.WriteAsJsonAsync(new { id = $"activity-{_delivered.Count}" });
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
