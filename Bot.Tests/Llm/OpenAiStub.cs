using ChatBot.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests.Llm;

/// <summary>
/// A loopback OpenAI-compatible server on 127.0.0.1 and a free port. It serves both wire routes —
/// OpenAI's /v1/chat/completions and Azure's /openai/deployments/{name}/chat/completions?api-version=…
/// — answering each request with the next scripted response (a normal answer when the script is empty),
/// and records what the real clients sent.
/// </summary>
internal sealed class OpenAiStub : IAsyncDisposable
{
    private LoopbackServer _server = null!;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public string BaseUrl => _server.BaseUrl;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>When nothing is scripted: a model that answers from what it was sent (the request body), e.g. an obedient one.</summary>
    public Func<string, Func<HttpContext, Task>>? Model { get; set; }

    public static async Task<OpenAiStub> StartAsync()
    {
        var stub = new OpenAiStub();
        stub._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/v1/chat/completions", stub.Handle);
            app.MapPost("/openai/deployments/{deployment}/chat/completions", stub.Handle);
        });
        return stub;
    }

    /// <summary>Queues the responses for the next requests, in order.</summary>
    public void Then(params Func<HttpContext, Task>[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    private async Task Handle(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        _requests.Enqueue(new RecordedRequest(
            context.Request.Path.Value ?? "",
            context.Request.QueryString.Value ?? "",
            context.Request.Headers["api-key"].FirstOrDefault(),
            context.Request.Headers.Authorization.FirstOrDefault(),
            body));

        var respond = _script.TryDequeue(out var next) ? next : Model?.Invoke(body) ?? StubResponses.Answer("好的");
        await respond(context);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
