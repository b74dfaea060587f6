using System.Collections.Concurrent;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Replicas;
using ChatBot.Bot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Outbox;

/// <summary>
/// Delivers the outbox: picks due messages, paces them under Teams' limits (per tenant, per
/// conversation), sends many conversations in parallel, retries what is transient and records
/// what is not.
///
/// Crash between "sent" and "marked" — why no visible duplicate:
/// Teams' POST …/activities takes no idempotency key and the Bot Connector cannot read a chat's
/// history back, so for a plain post nothing on the client side can prove after a hard crash
/// whether the call in flight landed. What holds, in order:
/// 1. A message is marked Sending (one transaction) before its call leaves, and Sent with Teams'
///    activity id in the first write after the answer. Only the round trip is uncertain.
/// 2. Stopping the host (deploy, restart, SIGTERM) stops picking and waits for every call in flight
///    to be answered and recorded, so an ordinary restart leaves nothing uncertain.
/// 3. In-place updates (UpdateActivityId) are re-sent as the same PUT, which is idempotent in Teams.
/// 4. After a hard crash, a post found in Sending is re-sent (a directive must arrive: we prefer
///    the rare doubt over a silent loss), counted in InterruptedAttempts so the office view can show
///    it, and with the same deterministic activity id (derived from the idempotency key) it carried
///    the first time. A connector that honours client activity ids — the loopback fake, a gateway —
///    answers the second post with the first message; Teams itself does not, so on Teams the residue
///    is at most MaxConcurrentSends possible duplicates per hard crash, each one flagged.
///
/// Several replicas on one store (Bot/Replicas): only the holder of the <see cref="Leadership.Outbox"/> lease
/// sends, so the in-process rate limiters see every call the bot makes; the others stand by. Each message
/// is claimed with the sender's holder id and a lease (<see cref="IOutboxClaims"/>: FOR UPDATE SKIP LOCKED on
/// PostgreSQL), so even while two replicas both believe they lead, a message is sent by one. When a sender
/// dies, the next leader finds its messages still Sending once their claim ran out and sends them again, with
/// the same client activity id (point 4).
/// </summary>
public sealed class OutboxDispatcher : BackgroundService
{
    // When throttled, sleep at least this long so a pass sends a few messages, not one per wake-up.
    private static readonly TimeSpan MinimumPause = TimeSpan.FromMilliseconds(20);

    private readonly Outbox _outbox;
    private readonly IConnectorClient _connector;
    private readonly MemberConversations _members;
    private readonly TeamsRateLimits _limits;
    private readonly OutboxOptions _options;
    private readonly RetryDelay _retry;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxDispatcher> _log;
    private readonly OutboxTelemetry _telemetry;
    private readonly ConcurrentDictionary<string, Task> _inFlight = new();
    private readonly ConcurrentDictionary<string, byte> _busyConversations = new();
    private readonly WakeSignal _wake = new();
    // UTC ticks until which every due message waits on a tenant limit, so finished calls need not
    // trigger a rescan. A long, because an enqueue on another thread resets it.
    private long _quietUntilTicks;
    private int _lastChosen = 16;
    private readonly Leadership? _leadership;
    private readonly string _holder;
    // Real-clock milliseconds (Environment.TickCount64) of the last look for messages a dead sender left.
    private long _lastRecovery;
    private bool _leading;

    public OutboxDispatcher(Outbox outbox, IConnectorClient connector, MemberConversations members, TeamsRateLimits limits,
        IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxDispatcher> log, RetryDelay? retry = null, OutboxTelemetry? telemetry = null,
        Leadership? leadership = null, ReplicaIdentity? identity = null)
    {
        _leadership = leadership;
        // Without a host each dispatcher is its own sender: a "restarted" one in a test finds its predecessor's claims abandoned.
        _holder = leadership?.Holder ?? (identity ?? new ReplicaIdentity()).Holder;
        _telemetry = telemetry ?? OutboxTelemetry.Standalone(outbox, time);
        _outbox = outbox;
        _connector = connector;
        _members = members;
        _limits = limits;
        _options = options.Value;
        _retry = retry ?? new RetryDelay(_options);
        _time = time;
        _log = log;
        _outbox.Enqueued += OnEnqueued;
        if (_leadership is not null) _leadership.Acquired += name => { if (name == Leadership.Outbox) _wake.Set(); };
    }

    private void OnEnqueued()
    {
        Volatile.Write(ref _quietUntilTicks, 0); // the new message may be for a tenant with room
        _wake.Set();
    }

    /// <summary>Calls currently in flight.</summary>
    public int InFlight => _inFlight.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting; the first pass reads the store
        // With leadership the sender takes over what a dead one left when it becomes the sender (Leading).
        var resumed = _leadership is not null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan pause;
                try
                {
                    // Inside the loop's catch: an exception here would end ExecuteAsync, and the host stops
                    // with it (BackgroundServiceExceptionBehavior.StopHost), at start even before it listens.
                    if (!resumed)
                    {
                        ResumeLogged();
                        resumed = true;
                    }
                    pause = DispatchDue();
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // A store hiccup must not end delivery for the life of the process; try again later.
                    _log.LogError(e, "Outbox: a dispatch pass failed; retrying in {Pause}", _options.IdlePollInterval);
                    pause = _options.IdlePollInterval;
                }
                await _wake.WaitAsync(pause, _time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            // Graceful stop: let every call in flight be answered and recorded (point 2 above).
            await DrainAsync();
        }
    }

    /// <summary>
    /// Puts messages a dead sender left in Sending back in the queue: at start, when this replica becomes the
    /// sender, and every lease while it is (another replica's claims expire after it died).
    /// </summary>
    internal int Resume()
    {
        _lastRecovery = Environment.TickCount64;
        return _outbox.RecoverInterrupted(_holder);
    }

    private void ResumeLogged()
    {
        var resumed = Resume();
        if (resumed > 0) _log.LogWarning("Outbox: {Count} message(s) were in flight when their sender stopped; re-sending them", resumed);
    }

    /// <summary>True when this process may send now; a replica that has just become the sender first takes over what a dead one left.</summary>
    private bool Leading()
    {
        if (_leadership is null) return true;
        var leading = _leadership.Holds(Leadership.Outbox);
        if (leading && (!_leading || Environment.TickCount64 - _lastRecovery >= _leadership.LeaseMilliseconds)) ResumeLogged();
        _leading = leading;
        return leading;
    }

    /// <summary>How long a claim on a message lasts: the call's own limit plus a lease, so a live sender's call always settles first.</summary>
    private DateTimeOffset ClaimUntil() =>
        DateTimeOffset.UtcNow + _options.SendTimeout + TimeSpan.FromMilliseconds(_leadership?.LeaseMilliseconds ?? 0);

    /// <summary>Waits until every call started so far has been answered and recorded.</summary>
    internal Task DrainAsync() => Task.WhenAll(_inFlight.Values);

    /// <summary>
    /// One scheduling pass: starts as many due messages as free slots and rate limits allow, and says
    /// how long it is worth sleeping before the next pass (an enqueue or a finished call wakes it sooner).
    /// </summary>
    internal TimeSpan DispatchDue()
    {
        // A standby replica looks again soon: the sender's lease may run out.
        if (!Leading()) return Min(_options.IdlePollInterval, TimeSpan.FromSeconds(1));
        var now = _time.GetUtcNow();
        var quietUntil = Volatile.Read(ref _quietUntilTicks);
        if (now.UtcTicks < quietUntil) return TimeSpan.FromTicks(quietUntil - now.UtcTicks);
        var slots = _options.MaxConcurrentSends - _inFlight.Count;
        if (slots <= 0) return _options.IdlePollInterval;

        // Read a little more than the last pass could use: under a rate limit a pass sends one or
        // two, and reading a hundred documents each time is what would cost the CPU.
        var window = Math.Clamp(_lastChosen * 4, 16, Math.Max(16, slots * 4));
        var candidates = _outbox.Due(now, window);
        var chosen = new List<OutboxMessage>();
        var blockedTenants = new HashSet<string>();
        TimeSpan? throttledFor = null;
        var waitingOnCalls = false;

        foreach (var m in candidates)
        {
            if (chosen.Count >= slots) break;
            if (m is { ConversationId: null, MemberId: { } memberId } && _members.Known(memberId) is { } address)
            {
                m.ConversationId = address.ConversationId;
                m.ServiceUrl ??= address.ServiceUrl;
                m.TenantId ??= address.TenantId;
            }
            var conversation = m.ConversationKey;
            // One call per conversation at a time keeps a thread's messages in order.
            if (_busyConversations.ContainsKey(conversation))
            {
                waitingOnCalls = true;
                continue;
            }
            var tenant = m.TenantId ?? "";
            if (blockedTenants.Contains(tenant)) continue;
            var calls = m.NeedsConversation ? 2 : 1;
            if (!_limits.TryAcquire(tenant, conversation, calls, out var after, out var tenantBlocked))
            {
                if (tenantBlocked) blockedTenants.Add(tenant);
                // A full conversation is parked until its window frees, instead of being rescanned every pass.
                else _outbox.Defer(m, now + after);
                throttledFor = throttledFor is { } t && t < after ? t : after;
                continue;
            }
            _busyConversations[conversation] = 0;
            chosen.Add(m);
        }

        _lastChosen = chosen.Count;
        if (chosen.Count > 0)
        {
            var claimed = _outbox.MarkSending(chosen, _holder, ClaimUntil());
            foreach (var m in claimed) Start(m);
            // Taken by another sender since they were read: free their conversations again.
            if (claimed.Count < chosen.Count)
                foreach (var m in chosen.Except(claimed)) _busyConversations.TryRemove(m.ConversationKey, out _);
        }

        if (throttledFor is { } throttled)
        {
            var pause = throttled < MinimumPause ? MinimumPause : Min(throttled, _options.IdlePollInterval);
            // Only a tenant limit holds things up: a finished call frees nothing until then.
            if (chosen.Count < slots && !waitingOnCalls && blockedTenants.Count > 0) Volatile.Write(ref _quietUntilTicks, (now + pause).UtcTicks);
            return pause;
        }
        if (chosen.Count >= slots || candidates.Count >= window) return _options.IdlePollInterval;
        var next = _outbox.NextDueAt();
        return next is { } due && due > now ? Min(due - now, _options.IdlePollInterval) : _options.IdlePollInterval;
    }

    private void Start(OutboxMessage m)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _inFlight[m.Id] = done.Task;
        _ = SendAsync(m, done);
    }

    private async Task SendAsync(OutboxMessage m, TaskCompletionSource done)
    {
        var conversationKey = m.ConversationKey;
        using var span = _telemetry.StartSend(m);
        var started = Stopwatch.GetTimestamp();
        try
        {
            string? activityId = null;
            DeliveryFailure? failure = null;
            var waiting = false;
            try
            {
                activityId = await CallConnectorAsync(m);
            }
            catch (UpdateTargetNotSentException)
            {
                waiting = true;
            }
            catch (Exception e)
            {
                failure = DeliveryFailure.From(e);
            }
            // Recording sits outside the send's catch: a failed write must never be mistaken for a
            // failed send and trigger a second post. The message stays Sending and is resumed.
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (waiting) _outbox.Wait(m, _time.GetUtcNow() + UpdateWait);
            else if (failure is null)
            {
                _outbox.MarkSent(m, activityId);
                _telemetry.Sent(span, elapsed);
            }
            else Record(m, failure, span, elapsed);
        }
        catch (Exception e)
        {
            _log.LogError(e, "Outbox: could not record the outcome of {Key}; it stays Sending and is resumed at restart", m.Id);
        }
        finally
        {
            _busyConversations.TryRemove(conversationKey, out _);
            _inFlight.TryRemove(m.Id, out _);
            done.TrySetResult();
            _wake.Set();
        }
    }

    private async Task<string?> CallConnectorAsync(OutboxMessage m)
    {
        // Not tied to the host's stopping token: a call already sent is allowed to finish (point 2).
        using var timeout = new CancellationTokenSource(_options.SendTimeout, _time);
        var ct = timeout.Token;
        // Uninstalled or removed: Teams would answer 403; keep the message until the app is back
        // (the person writes or adds it again, or Graph installs it again once).
        var reinstalled = false;
        if (_members.RemovedReason(m) is { } removed)
        {
            if (await _members.TryReinstallAsync(m, ct) is not { } chat) throw new MemberUnreachableException(removed, removed: true);
            _outbox.RecordConversation(m, chat.ServiceUrl, chat.ConversationId);
            _outbox.RetryUndeliveredTo(m.MemberId!);
            reinstalled = true;
        }
        var activity = JsonSerializer.Deserialize<Activity>(m.ActivityJson, BotJson.Options)
            ?? throw new JsonException("empty activity");
        // The stored activity names the chat the app was removed from; the reinstall opened another.
        if (reinstalled) activity.Conversation = new ConversationAccount { Id = m.ConversationId };
        if (m.NeedsConversation)
        {
            var (serviceUrl, conversationId) = await _members.CreateAsync(m.MemberId!, m.TenantId, m.ServiceUrl, ct);
            _outbox.RecordConversation(m, serviceUrl, conversationId);
        }
        var url = m.ServiceUrl ?? _options.DefaultServiceUrl;
        // A message queued before its conversation existed learns it now (the spec wants it in the body too).
        activity.Conversation ??= new ConversationAccount { Id = m.ConversationId };
        activity.ChannelId ??= "msteams";
        if (activity.From is null && !string.IsNullOrEmpty(_options.BotId)) activity.From = new ChannelAccount { Id = _options.BotId };
        if ((m.UpdateActivityId ?? UpdateTarget(m)) is { } existing)
        {
            activity.Id = existing;
            await _connector.UpdateActivityAsync(url, m.ConversationId!, existing, activity, ct);
            return existing;
        }
        var response = await _connector.SendToConversationAsync(url, m.ConversationId!, activity, ct);
        return response.Id;
    }

    /// <summary>
    /// The id of the activity an update replaces. While that first message is still queued the update
    /// waits; if it failed for good, the update is posted as a new message instead.
    /// </summary>
    private static readonly TimeSpan UpdateWait = TimeSpan.FromMilliseconds(300);

    private string? UpdateTarget(OutboxMessage m)
    {
        if (m.UpdateOfKey is null) return null;
        var first = _outbox.Find(m.UpdateOfKey);
        if (first?.SentActivityId is { } sent) return sent;
        if (first is null || first.Status == OutboxStatus.Failed) return null;
        throw new UpdateTargetNotSentException(m.UpdateOfKey);
    }

    private void Record(OutboxMessage m, DeliveryFailure failure, System.Diagnostics.Activity? span, TimeSpan elapsed)
    {
        if (failure.Permanent)
        {
            if (failure.StatusCode == 403) _members.MarkRemoved(m);
            _outbox.MarkFailed(m, failure.StatusCode, failure.Reason, failure.Kind);
            _telemetry.Failed(span, elapsed, failure, failure.Kind);
            _log.LogWarning("Outbox: {Key} failed permanently: {Reason}", m.Id, failure.Reason);
        }
        else if (m.Attempts >= _options.MaxAttempts)
        {
            _outbox.MarkFailed(m, failure.StatusCode, $"gave up after {m.Attempts} attempts; last: {failure.Reason}", FailureKind.GaveUp);
            _telemetry.Failed(span, elapsed, failure, FailureKind.GaveUp);
            _log.LogWarning("Outbox: {Key} gave up after {Attempts} attempts: {Reason}", m.Id, m.Attempts, failure.Reason);
        }
        else
        {
            var at = _time.GetUtcNow() + _retry.For(m.Attempts, failure.RetryAfter);
            _outbox.ScheduleRetry(m, at, failure.StatusCode, failure.Reason);
            _telemetry.Retried(span, elapsed, failure);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
