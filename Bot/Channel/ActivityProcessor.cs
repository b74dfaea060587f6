using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Help;

namespace ChatBot.Bot.Channel;

/// <summary>
/// One authenticated activity in, its effects out: hands messages and card actions to the turn
/// engine and delivers the replies through the connector (or in the response for expectReplies).
/// </summary>
public sealed class ActivityProcessor(
    TurnEngine engine,
    ConversationReferences references,
    ActivityDedupe dedupe,
    WelcomeOnce welcome,
    IConnectorClient connector,
    ProactiveDelivery proactive,
    IHostApplicationLifetime lifetime,
    Microsoft.Extensions.Options.IOptions<Hosting.ChannelOptions> options,
    TeamsRosterMatching roster,
    ILogger<ActivityProcessor> log)
{
    private readonly TimeSpan _acknowledgeWithin = TimeSpan.FromSeconds(options.Value.AcknowledgeSeconds);
    private readonly TimeSpan _typingAfter = TimeSpan.FromMilliseconds(options.Value.TypingAfterMilliseconds);

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
        if (!dedupe.TryBegin(activity))
        {
            log.LogInformation("Activity {ActivityId} delivered again; already handled", activity.Id);
            return new Outcome(200);
        }
        if (!isTurn)
        {
            references.Capture(activity);
            roster.OnMembersAdded(activity);
            return await OnLifecycleAsync(activity, ct);
        }
        // Match the sender first, so the reference below is kept as theirs (1:1 address); someone
        // not on the roster gets the answer that says whom to ask instead of a turn.
        var unmatched = await roster.AdmitAsync(activity, ct);
        references.Capture(activity);
        return await RunTurnAsync(activity, unmatched, ct);
    }

    private async Task<Outcome> OnLifecycleAsync(Activity activity, CancellationToken ct)
    {
        var conversationId = activity.Conversation?.Id;
        if (conversationId is null) return new Outcome(200);
        if (WelcomeOnce.IsBotRemoved(activity)) welcome.Forget(conversationId);
        else if (WelcomeOnce.IsBotAdded(activity) && welcome.TryClaim(conversationId))
        {
            var card = WelcomeCard.Build(LangExtensions.FromLocale(activity.Locale));
            await connector.SendToConversationAsync(activity.ServiceUrl!, conversationId, ActivityMapper.ToReply(activity, new Reply(null, card)), ct);
        }
        return new Outcome(200);
    }

    private async Task<Outcome> RunTurnAsync(Activity activity, TurnResult? answered, CancellationToken requestAborted)
    {
        var turn = ActivityMapper.ToTurn(activity);
        var synchronous = activity.Type == Activity.Types.Invoke || activity.DeliveryMode == "expectReplies";
        // The turn outlives the request when it is slow: the channel gets its 200 in time and the
        // replies follow as ordinary messages. It stops only when the bot shuts down.
        var work = answered is not null ? Task.FromResult(answered) : HandleTurnAsync(turn, activity, lifetime.ApplicationStopping);

        if (!synchronous && await Task.WhenAny(work, Task.Delay(_typingAfter, requestAborted)) != work)
            await SendTypingAsync(activity);
        if (await Task.WhenAny(work, Task.Delay(_acknowledgeWithin, CancellationToken.None)) != work)
        {
            log.LogInformation("Turn {ActivityId} is slow; acknowledged, replies will follow", activity.Id);
            _ = work.ContinueWith(t => SendRepliesAsync(activity, t.Result.Replies, CancellationToken.None), TaskScheduler.Default).Unwrap();
            return new Outcome(200);
        }

        var result = await work;
        if (activity.Type == Activity.Types.Invoke) return new Outcome(200, InvokeBody(activity, result));
        if (activity.DeliveryMode == "expectReplies")
            return new Outcome(200, new JsonObject { ["activities"] = JsonSerializer.SerializeToNode(Replies(activity, result.Replies), BotJson.Options) });
        await SendRepliesAsync(activity, result.Replies, requestAborted);
        return new Outcome(200);
    }

    private async Task<TurnResult> HandleTurnAsync(TurnRequest turn, Activity activity, CancellationToken ct)
    {
        TurnResult result;
        try
        {
            result = await engine.HandleAsync(turn, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Every write is one transaction, so a failed turn changed nothing; say so instead of going silent.
            log.LogError(e, "Turn {ActivityId} failed", activity.Id);
            result = TurnResult.Of(turn.Lang.Pick("抱歉，处理时出错了，您的操作没有生效，请稍后重试。", "Sorry, something went wrong; nothing was changed. Please try again."));
        }
        proactive.Deliver(result.Proactive);
        return result;
    }

    private static List<Activity> Replies(Activity activity, IEnumerable<Reply> replies) =>
        replies.Select(r => ActivityMapper.ToReply(activity, r)).ToList();

    private async Task SendRepliesAsync(Activity activity, IEnumerable<Reply> replies, CancellationToken ct)
    {
        foreach (var reply in Replies(activity, replies))
            await connector.ReplyToActivityAsync(activity.ServiceUrl!, activity.Conversation!.Id!, activity.Id ?? "", reply, ct);
    }

    private async Task SendTypingAsync(Activity activity)
    {
        try
        {
            var typing = new Activity { Type = Activity.Types.Typing, From = activity.Recipient, Recipient = activity.From, Conversation = activity.Conversation, ChannelId = activity.ChannelId };
            await connector.SendToConversationAsync(activity.ServiceUrl!, activity.Conversation!.Id!, typing, CancellationToken.None);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            log.LogDebug(e, "Typing indicator not sent");
        }
    }

    /// <summary>
    /// Universal Actions answer with a card for the acting user (replacing the one clicked), or a message.
    /// Replies beyond that one card go to the conversation as ordinary messages after the acknowledgement.
    /// </summary>
    private JsonNode InvokeBody(Activity activity, TurnResult result)
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
        var toChat = card is null ? rest.Where(r => r.Card is not null).ToList() : rest;
        if (toChat.Count > 0)
            _ = Task.Run(() => SendRepliesAsync(activity, toChat, CancellationToken.None));
        if (card is not null)
            return new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.card.adaptive", ["value"] = card.DeepClone() };
        var text = string.Join("\n\n", rest.Select(r => r.Text).Where(t => !string.IsNullOrEmpty(t)));
        return new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = text.Length > 0 ? text : "OK" };
    }
}
