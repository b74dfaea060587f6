using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bench.Fanout;

/// <summary>
/// A loopback Bot Connector that behaves like Teams under load: 50 sends/s per tenant and the
/// per-conversation windows (7/1 s, 8/2 s, 60/30 s, 1800/h), 429 with Retry-After beyond them, and
/// 2 % of admitted calls failing with 502 before anything is delivered. A post repeating a client
/// activity id it has already delivered gets the first message back (see OutboxDispatcher). Each
/// visible message is tied to its idempotency key by the text, so a repeat that slipped through
/// under a new id is still caught as a duplicate. It also opens 1:1 chats (POST /v3/conversations, against
/// the tenant's limit) and applies in-place updates (PUT), which count against the conversation's windows.
/// </summary>
internal sealed class FakeTeamsConnector : IAsyncDisposable
{
    public const int TenantCeiling = 50;
    private static readonly (int, double)[] ConversationWindows = [(7, 1), (8, 2), (60, 30), (1800, 3600)];

    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _limitsLock = new();
    private readonly ArrivalLog _tenant = new([(TenantCeiling, 1)]);
    private readonly Dictionary<string, ArrivalLog> _conversations = new();
    private readonly Random _random = new(20261127);
    private readonly ConcurrentDictionary<string, string> _byClientId = new();
    private int _nextId;

    public ConcurrentDictionary<string, int> VisibleByKey { get; } = new();
    /// <summary>1:1 conversations created, by member; more than one call for a member is a wasted create.</summary>
    public ConcurrentDictionary<string, int> CreatesByMember { get; } = new();
    /// <summary>In-place updates (PUT) applied, by conversation, with when the first and the last arrived.</summary>
    public ConcurrentDictionary<string, (int Count, double First, double Last)> UpdatesByConversation { get; } = new();
    public int Visible => _visible;
    public int Http429 => _http429;
    public int Http502 => _http502;
    public int RepeatsAnsweredWithFirst => _repeats;
    public string ServiceUrl { get; private set; } = "";
    /// <summary>False behaves like Teams itself, which ignores client activity ids on a post.</summary>
    public bool HonoursClientIds { get; set; } = true;
    /// <summary>Runs after a message became visible and before the answer is written (a kill lands here).</summary>
    public Action<int>? Accepted { get; set; }

    private int _visible, _http429, _http502, _repeats;

    private FakeTeamsConnector(WebApplication app) => _app = app;

    public static async Task<FakeTeamsConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeTeamsConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, JsonObject body, HttpContext http) => fake.Post(conversationId, body, http));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject body, HttpContext http) => fake.Put(conversationId, activityId, body, http));
        app.MapPost("/v3/conversations", (JsonObject body, HttpContext http) => fake.Create(body, http));
        await app.StartAsync();
        fake.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return fake;
    }

    /// <summary>Teams' limits and its 2 % of 502s; null when the call is admitted.</summary>
    private IResult? Refuse(string? conversationId, HttpContext http)
    {
        lock (_limitsLock)
        {
            var now = _clock.Elapsed.TotalSeconds;
            ArrivalLog? conversation = null;
            if (conversationId is not null && !_conversations.TryGetValue(conversationId, out conversation))
                _conversations[conversationId] = conversation = new ArrivalLog(ConversationWindows);
            // Tenant first, then the thread; a refused call is not counted against either.
            if (!_tenant.TryAdmit(now) || conversation?.TryAdmit(now) == false)
            {
                Interlocked.Increment(ref _http429);
                http.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(429);
            }
            if (_random.NextDouble() < 0.02)
            {
                Interlocked.Increment(ref _http502);
                return Results.StatusCode(502);
            }
        }
        return null;
    }

    /// <summary>
    /// POST /v3/conversations: opens the 1:1 chat with a member. Like Teams, the same member always gets the
    /// same conversation back, so a create repeated after a crash costs a call but makes no second chat.
    /// </summary>
    private IResult Create(JsonObject body, HttpContext http)
    {
        if (Refuse(null, http) is { } refused) return refused;
        var member = body["members"]?[0]?["id"]?.GetValue<string>() ?? "?";
        CreatesByMember.AddOrUpdate(member, 1, (_, n) => n + 1);
        return Results.Json(new { id = "a:" + member }, statusCode: 201);
    }

    /// <summary>PUT …/activities/{id}: an in-place update (the channel's status card); repeating one is harmless.</summary>
    private IResult Put(string conversationId, string activityId, JsonObject body, HttpContext http)
    {
        if (Refuse(conversationId, http) is { } refused) return refused;
        var now = _clock.Elapsed.TotalSeconds;
        UpdatesByConversation.AddOrUpdate(conversationId, (1, now, now), (_, u) => (u.Count + 1, u.First, now));
        var key = body["text"]?.GetValue<string>()?.Split(' ').Last() ?? "?";
        VisibleByKey.AddOrUpdate(key, 1, (_, n) => n + 1);
        return Results.Json(new { id = activityId });
    }

    private IResult Post(string conversationId, JsonObject body, HttpContext http)
    {
        if (Refuse(conversationId, http) is { } refused) return refused;
        var clientId = body["id"]?.GetValue<string>();
        if (HonoursClientIds && clientId is not null && _byClientId.TryGetValue(clientId, out var first))
        {
            Interlocked.Increment(ref _repeats);
            return Results.Json(new { id = first });
        }
        var id = Interlocked.Increment(ref _nextId).ToString();
        if (clientId is not null) _byClientId[clientId] = id;
        var key = body["text"]?.GetValue<string>()?.Split(' ').Last() ?? "?";
        VisibleByKey.AddOrUpdate(key, 1, (_, n) => n + 1);
        Accepted?.Invoke(Interlocked.Increment(ref _visible));
        return Results.Json(new { id });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
