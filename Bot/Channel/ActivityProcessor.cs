using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Channel;

/// <summary>
/// One authenticated activity in, its effects out. The HTTP answer is always given within
/// Channel:AcknowledgeSeconds, whatever the outbound side does: the turn runs beside the request, its
/// replies are sent directly while the window lasts and otherwise go through the durable outbox —
/// never cancelled with the request, never dropped.
/// </summary>
public sealed class ActivityProcessor(
    TurnEngine engine,
    ConversationReferences references,
    ActivityDedupe dedupe,
    WelcomeOnce welcome,
    IConnectorClient connector,
    ProactiveDelivery proactive,
    ReplyDelivery replies,
    TaskStore store,
    IHostApplicationLifetime lifetime,
    Microsoft.Extensions.Options.IOptions<Hosting.ChannelOptions> options,
    TeamsRosterMatching roster,
    ILogger<ActivityProcessor> log)
{
    private readonly TimeSpan _acknowledgeWithin = TimeSpan.FromSeconds(options.Value.AcknowledgeSeconds);
    private readonly TimeSpan _typingAfter = TimeSpan.FromMilliseconds(options.Value.TypingAfterMilliseconds);
    private readonly TimeSpan _memberLookup = TimeSpan.FromSeconds(options.Value.MemberLookupSeconds);

    /// <summary>Turns running in this process, by dedupe key: a redelivery meanwhile waits for its turn instead of running it twice.</summary>
    private readonly ConcurrentDictionary<string, Task> _running = new();

    /// <summary>The HTTP answer to the channel: a status and an optional JSON body.</summary>
    public sealed record Outcome(int Status, JsonNode? Body = null);

    public async Task<Outcome> ProcessAsync(Activity activity, CancellationToken ct)
    {
        var isTurn = activity.Type == Activity.Types.Message
            || (activity.Type == Activity.Types.Invoke && activity.Name == "adaptiveCard/action");
        var isLifecycle = activity.Type is Activity.Types.ConversationUpdate or Activity.Types.InstallationUpdate;
        if (!isTurn && !isLifecycle)
        {
            log.LogDebug("Ignored activity type {Type} {Name}", activity.Type, activity.Name);
            return activity.Type == Activity.Types.Invoke ? new Outcome(200, new JsonObject()) : new Outcome(200);
        }
        switch (dedupe.TryBegin(activity))
        {
            case ActivityDedupe.Claim.Done:
                log.LogInformation("Activity {ActivityId} delivered again; already handled", activity.Id);
                return new Outcome(200);
            case ActivityDedupe.Claim.Running:
                return await WhileRunningAsync(activity);
            case ActivityDedupe.Claim.Interrupted:
                log.LogWarning("Activity {ActivityId} was cut off by a stop or crash; running it again", activity.Id);
                break;
        }
        if (!isTurn) return OnLifecycle(activity);
        using var window = new CancellationTokenSource(_acknowledgeWithin);
        return await RunTurnAsync(activity, window.Token);
    }

    /// <summary>The same activity again while its turn runs here: wait for it within the window, then answer "processing".</summary>
    private async Task<Outcome> WhileRunningAsync(Activity activity)
    {
        if (ActivityDedupe.KeyOf(activity) is { } key && _running.TryGetValue(key, out var running))
            await Task.WhenAny(running, Task.Delay(_acknowledgeWithin));
        log.LogInformation("Activity {ActivityId} delivered again while its turn runs; its replies come from that turn", activity.Id);
        return activity.Type == Activity.Types.Invoke ? new Outcome(200, InvokeMessage(ChannelTexts.Processing(activity.Locale))) : new Outcome(200);
    }

    /// <summary>
    /// Installed, added or removed. The welcome is recorded as given in the same transaction that queues
    /// it in the outbox: it is never marked without being on its way, and never goes out twice.
    /// </summary>
    private Outcome OnLifecycle(Activity activity)
    {
        references.Capture(activity);
        roster.OnMembersAdded(activity);
        var conversationId = activity.Conversation?.Id;
        store.Write(_ =>
        {
            if (conversationId is not null && activity.ServiceUrl is not null)
            {
                if (WelcomeOnce.IsBotRemoved(activity)) welcome.Forget(conversationId);
                else if (WelcomeOnce.IsBotAdded(activity)) welcome.Greet(activity);
            }
            replies.Queue(activity, []);
        });
        return new Outcome(200);
    }

    private async Task<Outcome> RunTurnAsync(Activity activity, CancellationToken window)
    {
        var synchronous = activity.Type == Activity.Types.Invoke || activity.DeliveryMode == "expectReplies";
        // The turn is not tied to the request: when Teams gives up on the request, the turn still finishes.
        var work = TurnAsync(activity, lifetime.ApplicationStopping);
        if (ActivityDedupe.KeyOf(activity) is { } key)
        {
            _running[key] = work;
            _ = work.ContinueWith(_ => _running.TryRemove(key, out Task? _), TaskScheduler.Default);
        }

        if (!synchronous && await Task.WhenAny(work, Task.Delay(_typingAfter, window)) != work && !window.IsCancellationRequested)
            await SendTypingAsync(activity, window);
        if (await Task.WhenAny(work, Task.Delay(Timeout.Infinite, window)) != work)
        {
            log.LogInformation("Turn {ActivityId} is slow; acknowledged, its replies go through the outbox", activity.Id);
            FinishLater(activity, work);
            return activity.Type == Activity.Types.Invoke ? new Outcome(200, InvokeMessage(ChannelTexts.Processing(activity.Locale))) : new Outcome(200);
        }

        var result = await work;
        if (activity.Type == Activity.Types.Invoke)
        {
            var body = InvokeBody(result, out var toChat);
            replies.Queue(activity, toChat);
            return new Outcome(200, body);
        }
        if (activity.DeliveryMode == "expectReplies")
        {
            dedupe.Complete(activity);
            return new Outcome(200, new JsonObject { ["activities"] = JsonSerializer.SerializeToNode(result.Replies.Select(r => ActivityMapper.ToReply(activity, r)).ToList(), BotJson.Options) });
        }
        await replies.DeliverAsync(activity, result.Replies, window);
        return new Outcome(200);
    }

    /// <summary>
    /// Hands a slow turn to the outbox: when it ends, all its replies (a card meant for the invoke answer
    /// included) are queued with the activity marked handled. The continuation never throws and logs
    /// what goes wrong; a turn stopped by shutdown stays "running" and is run again on redelivery.
    /// </summary>
    private void FinishLater(Activity activity, Task<TurnResult> work)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                var result = await work;
                List<Reply> all = result.CardResponse is { } card ? [new Reply(null, card), .. result.Replies] : [.. result.Replies];
                replies.Queue(activity, all);
            }
            catch (OperationCanceledException)
            {
                log.LogWarning("Turn {ActivityId} stopped with the bot; a redelivery after the restart runs it again", activity.Id);
            }
            catch (Exception e)
            {
                log.LogError(e, "The replies of turn {ActivityId} could not be queued", activity.Id);
            }
        });
    }

    /// <summary>Admission, address, the turn and its notices; a failure becomes an apology, never an exception.</summary>
    private async Task<TurnResult> TurnAsync(Activity activity, CancellationToken ct)
    {
        var turn = ActivityMapper.ToTurn(activity);
        try
        {
            // Match the sender first, so the reference below is kept as theirs (1:1 address); someone
            // not on the roster gets the answer that says whom to ask instead of a turn.
            var unmatched = await roster.AdmitAsync(activity, _memberLookup, ct);
            references.Capture(activity);
            if (unmatched is not null) return unmatched;
            var result = await engine.HandleAsync(turn, ct);
            // Features queue their notices in the transaction of their change; anything else goes now.
            var unrecorded = result.Proactive.Where(p => !p.Recorded).ToList();
            if (unrecorded.Count > 0) proactive.Deliver(unrecorded);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Every write is one transaction, so a failed turn changed nothing; say so instead of going silent.
            log.LogError(e, "Turn {ActivityId} failed", activity.Id);
            return TurnResult.Of(ChannelTexts.TurnFailed(turn.Lang));
        }
    }

    private async Task SendTypingAsync(Activity activity, CancellationToken window)
    {
        try
        {
            var typing = new Activity { Type = Activity.Types.Typing, From = activity.Recipient, Recipient = activity.From, Conversation = activity.Conversation, ChannelId = activity.ChannelId };
            await connector.SendToConversationAsync(activity.ServiceUrl!, activity.Conversation!.Id!, typing, window);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.LogDebug(e, "Typing indicator not sent");
        }
    }

    /// <summary>
    /// Universal Actions answer with a card for the acting user (replacing the one clicked), or a message.
    /// Replies beyond that one card go to the conversation (through the outbox) after the acknowledgement.
    /// </summary>
    private static JsonNode InvokeBody(TurnResult result, out List<Reply> toChat)
    {
        var card = result.CardResponse;
        var rest = result.Replies;
        if (card is null && rest.Count == 1 && rest[0].Card is { } only)
        {
            card = only;
            rest = [];
        }
        // With no card to answer with, the texts are the invoke's answer (Teams shows them to the clicker),
        // so only further cards go to the chat; otherwise everything beyond the card does.
        toChat = card is null ? rest.Where(r => r.Card is not null).ToList() : rest;
        if (card is not null)
            return new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.card.adaptive", ["value"] = card.DeepClone() };
        var text = string.Join("\n\n", rest.Select(r => r.Text).Where(t => !string.IsNullOrEmpty(t)));
        return InvokeMessage(text.Length > 0 ? text : "OK");
    }

    private static JsonObject InvokeMessage(string text) =>
        new() { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = text };
}
