using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ChatBot.TestKit;

/// <summary>
/// The one Bot Connector service the tests and the bench talk to: Kestrel on 127.0.0.1 that records every
/// call the bot makes and answers like Teams. Failures are scripted in order (<see cref="Script"/>) or by rule
/// (<see cref="Respond"/>); <see cref="Before"/> holds a call (a slow or hanging service). With
/// <see cref="ThrottleLikeTeams"/> it enforces Teams' limits itself (429 with Retry-After), and
/// <see cref="TransientFailureRate"/> makes a share of admitted calls fail with 502, as under load.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private readonly TimeProvider _clock;
    private readonly ConcurrentQueue<Reply> _script = new();
    private readonly ConcurrentDictionary<string, string> _byClientId = new();
    private int _nextId;
    private int _visible;
    private readonly long _started;
    private readonly Lock _limitsLock = new();
    private readonly ArrivalLog _tenant = new([(TenantCeiling, 1)]);
    private readonly Dictionary<string, ArrivalLog> _conversations = new();
    private readonly Random _random = new(20261127);

    /// <summary>Teams' global limit per app per tenant, as the fake enforces it.</summary>
    public const int TenantCeiling = 50;
    /// <summary>Send, update or create in one conversation: 7 per 1 s, 8 per 2 s, 60 per 30 s, 1800 per hour.</summary>
    private static readonly (int, double)[] ConversationWindows = [(7, 1), (8, 2), (60, 30), (1800, 3600)];

    /// <summary>
    /// Where every delivered activity goes besides <see cref="Calls"/> (the tests write cards for the validator).
    /// Set once per process; null records nothing.
    /// </summary>
    public static Action<JsonObject, string>? Recorder { get; set; }

    /// <summary>A scripted answer: a status (with Retry-After), or a call that never gets one.</summary>
    public sealed record Reply(int Status, string? RetryAfter = null, bool Hang = false)
    {
        public static Reply Hangs => new(0, Hang: true);
        public static Reply With(int status, string? retryAfter = null) => new(status, retryAfter);
    }

    /// <summary>
    /// One call as it arrived. <see cref="Path"/> is decoded, <see cref="Target"/> is the raw target with
    /// its query. <see cref="Status"/> is what the fake answered, 0 when it never answered.
    /// <see cref="AnsweredId"/> is the id in the answer; <see cref="Repeat"/> marks a post whose client
    /// activity id had already been delivered (only when <see cref="HonoursClientIds"/>).
    /// </summary>
    public sealed record Call(string Method, string Path, JsonObject? Body, string? Authorization)
    {
        public string Target { get; init; } = Path;
        public DateTimeOffset At { get; init; }
        public int Status { get; init; }
        public string? AnsweredId { get; init; }
        public bool Repeat { get; init; }

        public bool Delivered => Status is >= 200 and < 300;
        public bool IsActivity => Path.Contains("/activities", StringComparison.Ordinal);
        public bool IsCreateConversation => Method == "POST" && Path.EndsWith("/v3/conversations", StringComparison.Ordinal);

        /// <summary>The conversation in …/v3/conversations/{id}/…, or null.</summary>
        public string? ConversationId
        {
            get
            {
                const string marker = "/v3/conversations/";
                var at = Path.IndexOf(marker, StringComparison.Ordinal);
                if (at < 0) return null;
                var rest = Path[(at + marker.Length)..];
                var slash = rest.IndexOf('/');
                return slash < 0 ? rest : rest[..slash];
            }
        }

        /// <summary>The activity a PUT or DELETE names (…/activities/{id}), or the client id a POST carried.</summary>
        public string? ActivityId =>
            Method is "PUT" or "DELETE" ? Path[(Path.LastIndexOf('/') + 1)..] : Body?["id"]?.GetValue<string>();
    }

    /// <summary>Every call, answered or not, in the order they arrived.</summary>
    public ConcurrentQueue<Call> Calls { get; } = new();
    /// <summary>Optional answer by rule: return a status to fail the call, or null to accept it.</summary>
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
    /// <summary>
    /// Like a gateway that honours client activity ids: a second post carrying an id already delivered gets
    /// the first message back instead of a new one. False (the default) behaves like Teams itself.
    /// </summary>
    public bool HonoursClientIds { get; set; }
    /// <summary>
    /// Refuse with 429 (Retry-After: 1) what goes over Teams' limits: <see cref="TenantCeiling"/> calls a second
    /// per tenant (the fake serves one), and the per-conversation windows for posts and updates. A refused call
    /// counts against no window. Off by default: most tests are about something else.
    /// </summary>
    public bool ThrottleLikeTeams { get; set; }
    /// <summary>The share of admitted calls that fail with 502 before anything is delivered (seeded, repeatable).</summary>
    public double TransientFailureRate { get; set; }
    /// <summary>Runs after a post became visible and before its answer is written (the bench kills the sender here).</summary>
    public Action<int>? Accepted { get; set; }

    private FakeConnector(LoopbackServer server, TimeProvider clock, string pathBase)
    {
        _server = server;
        _clock = clock;
        ServiceUrl = server.BaseUrl + pathBase;
        _started = clock.GetTimestamp();
    }

    /// <param name="clock">Stamps <see cref="Call.At"/>; a test on simulated time passes its own.</param>
    /// <param name="pathBase">A prefix of the service URL (e.g. "/teams/"), as some clouds have.</param>
    public static async Task<FakeConnector> StartAsync(TimeProvider? clock = null, string pathBase = "")
    {
        FakeConnector? self = null;
        var server = await LoopbackServer.StartAsync(app => app.Run(http => self!.AnswerAsync(http)));
        self = new FakeConnector(server, clock ?? TimeProvider.System, pathBase);
        return self;
    }

    /// <summary>The next answers, in order, before rules and the default success.</summary>
    public FakeConnector Script(params Reply[] replies)
    {
        foreach (var reply in replies) _script.Enqueue(reply);
        return this;
    }

    private async Task AnswerAsync(HttpContext http)
    {
        JsonObject? body = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
            body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        var call = new Call(http.Request.Method, http.Request.Path.Value ?? "", body, http.Request.Headers.Authorization.FirstOrDefault())
        {
            // The raw target, as sent: Request.Path is already percent-decoded.
            Target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path + http.Request.QueryString,
            At = _clock.GetUtcNow(),
        };

        if (Before is { } before)
        {
            await before(call);
            // The bot gave up on this call while it waited (its window ended): it was never answered.
            if (http.RequestAborted.IsCancellationRequested) { Calls.Enqueue(call); return; }
        }
        var scripted = _script.TryDequeue(out var next) ? next : null;
        if (scripted is { Hang: true })
        {
            Calls.Enqueue(call);
            try { await Task.Delay(Timeout.Infinite, http.RequestAborted); } catch (OperationCanceledException) { }
            return;
        }
        var failure = scripted is not null ? (scripted.Status, scripted.RetryAfter) : Respond?.Invoke(call) ?? Throttle(call);
        if (failure is { } refused && refused.Status is < 200 or >= 300)
        {
            Calls.Enqueue(call with { Status = refused.Status });
            if (refused.RetryAfter is not null) http.Response.Headers.RetryAfter = refused.RetryAfter;
            http.Response.StatusCode = refused.Status;
            return;
        }
        await AcceptAsync(http, call);
    }

    /// <summary>Teams' limits and the transient 502s; null when the call is admitted.</summary>
    private (int Status, string? RetryAfter)? Throttle(Call call)
    {
        if (call.Method == "GET" || (!ThrottleLikeTeams && TransientFailureRate <= 0)) return null;
        lock (_limitsLock)
        {
            if (ThrottleLikeTeams)
            {
                var now = _clock.GetElapsedTime(_started).TotalSeconds;
                ArrivalLog? conversation = null;
                // Creating a conversation counts against the tenant only; posts and updates against their thread too.
                if (call.ConversationId is { } id && !_conversations.TryGetValue(id, out conversation))
                    _conversations[id] = conversation = new ArrivalLog(ConversationWindows);
                // Both are asked before either records the call: a refused call counts against neither.
                if (!_tenant.Admits(now) || conversation?.Admits(now) == false) return (429, "1");
                _tenant.Record(now);
                conversation?.Record(now);
            }
            return _random.NextDouble() < TransientFailureRate ? (502, null) : null;
        }
    }

    private async Task AcceptAsync(HttpContext http, Call call)
    {
        http.Response.ContentType = "application/json";
        if (call.Method == "GET" && call.Path.EndsWith("/pagedmembers", StringComparison.Ordinal) && Members is { } members)
        {
            Calls.Enqueue(call with { Status = 200 });
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
            Calls.Enqueue(call with { Status = found is null ? 404 : 200 });
            if (found is null) { http.Response.StatusCode = 404; return; }
            await http.Response.WriteAsync(found.ToJsonString());
            return;
        }
        if (call.IsCreateConversation)
        {
            // Teams answers with the 1:1 conversation of the member asked for.
            var member = call.Body?["members"]?[0]?["id"]?.GetValue<string>() ?? $"new-{Interlocked.Increment(ref _nextId)}";
            Calls.Enqueue(call with { Status = 201, AnsweredId = $"a:{member}" });
            http.Response.StatusCode = 201;
            await http.Response.WriteAsync(new JsonObject { ["id"] = $"a:{member}" }.ToJsonString());
            return;
        }

        var status = call.Method == "POST" ? 201 : 200;
        var clientId = call.Method == "POST" ? call.ActivityId : null;
        string id;
        var repeat = false;
        if (HonoursClientIds && clientId is not null)
        {
            var fresh = $"{Interlocked.Increment(ref _nextId)}";
            id = _byClientId.GetOrAdd(clientId, fresh);
            repeat = id != fresh;
        }
        else id = call.Method == "PUT" ? call.ActivityId! : $"act-{Interlocked.Increment(ref _nextId)}";
        var answered = call with { Status = status, AnsweredId = id, Repeat = repeat };
        Calls.Enqueue(answered);
        if (call.Body is not null && !repeat) Recorder?.Invoke(call.Body, call.Path);
        if (call.Method == "POST" && !repeat) Accepted?.Invoke(Interlocked.Increment(ref _visible));
        http.Response.StatusCode = status;
        await http.Response.WriteAsync(new JsonObject { ["id"] = id }.ToJsonString());
    }

    /// <summary>The activities the bot got delivered (posted or put to …/activities), in order.</summary>
    public IReadOnlyList<JsonObject> SentActivities() =>
        Calls.Where(c => c.Method is "POST" or "PUT" && c.IsActivity && c.Delivered && c.Body is not null)
             .Select(c => c.Body!).ToList();

    /// <summary>Messages a person would see: delivered posts that were not a repeat of one already shown.</summary>
    public IReadOnlyList<Call> Visible() =>
        Calls.Where(c => c.Method == "POST" && c.IsActivity && c.Delivered && !c.Repeat).ToList();

    /// <summary>Waits until at least <paramref name="count"/> activities arrived (the bot may answer after its HTTP reply).</summary>
    public async Task<IReadOnlyList<JsonObject>> WaitForActivitiesAsync(int count, int timeoutMs = 10_000)
    {
        var until = Environment.TickCount64 + timeoutMs;
        while (SentActivities().Count < count && Environment.TickCount64 < until) await Task.Delay(20);
        return SentActivities();
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
