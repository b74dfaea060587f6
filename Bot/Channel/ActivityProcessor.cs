using System.Text.Json.Nodes;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Pipeline;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Channel;

/// <summary>
/// One authenticated activity in, its effects out. First the pipeline's steps (dedupe → member →
/// address, see Pipeline/), then the turn with the member they resolved. The HTTP answer is always
/// given within Channel:AcknowledgeSeconds, whatever the outbound side does: the turn runs beside the
/// request, its replies are sent directly while the window lasts and otherwise go through the durable
/// outbox — never cancelled with the request, never dropped. The activity is marked handled in the one
/// write that ends it, and this process's claim on it is released only after that write.
/// </summary>
public sealed class ActivityProcessor(
    TurnEngine engine,
    TurnPipeline pipeline,
    ActivityDedupe dedupe,
    WelcomeOnce welcome,
    IConnectorClient connector,
    ProactiveDelivery proactive,
    ReplyDelivery replies,
    IStore store,
    IHostApplicationLifetime lifetime,
    Microsoft.Extensions.Options.IOptions<Hosting.ChannelOptions> options,
    TeamsRosterMatching roster,
    Files.FileOffers fileOffers,
    Files.FileConsent fileConsent,
    ILogger<ActivityProcessor> log)
{
    private readonly TimeSpan _acknowledgeWithin = TimeSpan.FromSeconds(options.Value.AcknowledgeSeconds);
    private readonly TimeSpan _typingAfter = TimeSpan.FromMilliseconds(options.Value.TypingAfterMilliseconds);

    /// <summary>The HTTP answer to the channel: a status and an optional JSON body.</summary>
    public sealed record Outcome(int Status, object? Body = null);

    public async Task<Outcome> ProcessAsync(Activity activity, CancellationToken ct)
    {
        var turn = new InboundTurn(activity);
        var isLifecycle = activity.Type is Activity.Types.ConversationUpdate or Activity.Types.InstallationUpdate;
        // A member's answer to a file consent card: no turn of Dialogs, the channel hands the file over.
        var isFileConsent = Files.FileConsent.IsConsent(activity);
        if (!turn.IsTurn && !isLifecycle && !isFileConsent)
        {
            log.LogDebug("Ignored activity type {Type} {Name}", activity.Type, activity.Name);
            return activity.Type == Activity.Types.Invoke ? new Outcome(200, new JsonObject()) : new Outcome(200);
        }
        using var window = new CancellationTokenSource(_acknowledgeWithin);
        var handedOver = false;
        try
        {
            try
            {
                await pipeline.RunAsync(turn, window.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException && turn.IsTurn)
            {
                // Every write is one transaction, so a failed step changed nothing; say so instead of going silent.
                log.LogError(e, "Turn {ActivityId} failed before it started", activity.Id);
                turn.Answer = Apology(turn);
            }
            if (turn.Outcome is { } early) return early;
            if (isFileConsent) return await fileConsent.HandleAsync(turn, window.Token);
            if (!turn.IsTurn) return OnLifecycle(turn);
            handedOver = true;
            return await RunTurnAsync(turn, window.Token);
        }
        finally
        {
            // A turn handed over releases its claim itself, once its end is written.
            if (turn.Claimed && !handedOver) dedupe.Release(activity);
        }
    }

    /// <summary>
    /// Installed, added or removed. The welcome is recorded as given in the same transaction that queues
    /// it in the outbox: it is never marked without being on its way, and never goes out twice.
    /// </summary>
    private Outcome OnLifecycle(InboundTurn turn)
    {
        var activity = turn.Activity;
        roster.OnMembersAdded(activity);
        var conversationId = activity.Conversation?.Id;
        store.Write(_ =>
        {
            if (conversationId is not null && activity.ServiceUrl is not null)
            {
                if (WelcomeOnce.IsBotRemoved(activity)) welcome.MarkRemoved(conversationId);
                else if (WelcomeOnce.IsBotAdded(activity)) welcome.Greet(activity, turn.Member, returning: turn.AddressRestored);
            }
            replies.Queue(activity, []);
        });
        return new Outcome(200);
    }

    private async Task<Outcome> RunTurnAsync(InboundTurn turn, CancellationToken window)
    {
        var activity = turn.Activity;
        // The turn is not tied to the request: when Teams gives up on the request, the turn still finishes.
        var work = TurnAsync(turn, lifetime.ApplicationStopping);

        // A turn that has already ended (most do: nothing in them waits) needs no timers to race it.
        if (!turn.Synchronous && !work.IsCompleted && await Task.WhenAny(work, Task.Delay(_typingAfter, window)) != work && !window.IsCancellationRequested)
            await SendTypingAsync(activity, window);
        if (!work.IsCompleted && await Task.WhenAny(work, Task.Delay(Timeout.Infinite, window)) != work)
        {
            log.LogInformation("Turn {ActivityId} is slow; acknowledged, its replies go through the outbox", activity.Id);
            FinishLater(turn, work);
            return activity.Type == Activity.Types.Invoke ? new Outcome(200, InvokeMessage(ChannelTexts.Processing(activity.Locale))) : new Outcome(200);
        }

        try
        {
            var result = await work;
            if (activity.Type == Activity.Types.Invoke)
            {
                var body = InvokeBody(result, out var toChat);
                replies.Queue(activity, toChat);
                return new Outcome(200, body);
            }
            if (activity.DeliveryMode == "expectReplies")
            {
                await dedupe.CompleteAsync(activity);
                var answer = new Activity[result.Replies.Count];
                for (var i = 0; i < answer.Length; i++) answer[i] = ActivityMapper.ToReply(activity, result.Replies[i]);
                return new Outcome(200, new ExpectedReplies(answer));
            }
            await replies.DeliverAsync(activity, result.Replies, window);
            return new Outcome(200);
        }
        finally
        {
            if (turn.Claimed) dedupe.Release(activity);
        }
    }

    /// <summary>
    /// Hands a slow turn to the outbox: when it ends, all its replies (a card meant for the invoke answer
    /// included) are queued with the activity marked handled. The continuation never throws and logs
    /// what goes wrong; a turn stopped by shutdown is not marked handled and runs again on redelivery.
    /// </summary>
    private void FinishLater(InboundTurn turn, Task<TurnResult> work)
    {
        var activity = turn.Activity;
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
            finally
            {
                if (turn.Claimed) dedupe.Release(activity);
            }
        });
    }

    /// <summary>The turn of the member the pipeline resolved, and its notices; a failure becomes an apology, never an exception.</summary>
    private async Task<TurnResult> TurnAsync(InboundTurn turn, CancellationToken ct)
    {
        if (turn.Answer is { } answer) return answer;
        try
        {
            var result = await engine.HandleAsync(turn.Request!, turn.Member!, ct);
            // Files made for a member travel as consent cards in their 1:1 chat (Files/).
            fileOffers.Offer(result.Files);
            // Features queue their notices in the transaction of their change; anything else goes now.
            var unrecorded = result.Proactive.Where(p => !p.Recorded).ToList();
            if (unrecorded.Count > 0) proactive.Deliver(unrecorded);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Every write is one transaction, so a failed turn changed nothing; say so instead of going silent.
            log.LogError(e, "Turn {ActivityId} failed", turn.Activity.Id);
            return Apology(turn);
        }
    }

    private static TurnResult Apology(InboundTurn turn) =>
        TurnResult.Of(ChannelTexts.TurnFailed(turn.Request!.Lang));

    private async Task SendTypingAsync(Activity activity, CancellationToken window)
    {
        try
        {
            var typing = new Activity { Type = Activity.Types.Typing, From = activity.Recipient?.Addressed(), Recipient = activity.From?.Addressed(), Conversation = activity.Conversation, ChannelId = activity.ChannelId };
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

    public static JsonObject InvokeMessage(string text) =>
        new() { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = text };
}
