using System.Text.Json.Nodes;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Bot.Channel;

/// <summary>
/// One authenticated activity in, its effects out: hands messages and card actions to the turn
/// engine and delivers the replies through the connector (or in the response for expectReplies).
/// </summary>
public sealed class ActivityProcessor(
    TurnEngine engine,
    ConversationReferences references,
    IConnectorClient connector,
    ProactiveDelivery proactive,
    TeamsRosterMatching roster,
    ILogger<ActivityProcessor> log)
{
    /// <summary>The HTTP answer to the channel: a status and an optional JSON body.</summary>
    public sealed record Outcome(int Status, JsonNode? Body = null);

    public async Task<Outcome> ProcessAsync(Activity activity, CancellationToken ct)
    {
        switch (activity.Type)
        {
            case Activity.Types.Message:
            case Activity.Types.Invoke when activity.Name == "adaptiveCard/action":
                // Match the sender first, so the reference below is kept as theirs (1:1 address).
                var unmatched = await roster.AdmitAsync(activity, ct);
                references.Capture(activity);
                return await RunTurnAsync(activity, unmatched, ct);
            case Activity.Types.ConversationUpdate:
            case Activity.Types.InstallationUpdate:
                references.Capture(activity);
                roster.OnMembersAdded(activity);
                return new Outcome(200);
            case Activity.Types.Invoke:
                log.LogInformation("Unhandled invoke {Name}", activity.Name);
                return new Outcome(200, new JsonObject());
            default:
                log.LogDebug("Ignored activity type {Type}", activity.Type);
                return new Outcome(200);
        }
    }

    private async Task<Outcome> RunTurnAsync(Activity activity, TurnResult? answered, CancellationToken ct)
    {
        var turn = ActivityMapper.ToTurn(activity);
        TurnResult result;
        try
        {
            result = answered ?? await engine.HandleAsync(turn, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Every write is one transaction, so a failed turn changed nothing; say so instead of going silent.
            log.LogError(e, "Turn {ActivityId} failed", activity.Id);
            result = TurnResult.Of(turn.Lang.Pick("抱歉，处理时出错了，您的操作没有生效，请稍后重试。", "Sorry, something went wrong; nothing was changed. Please try again."));
        }
        await proactive.DeliverAsync(result.Proactive, ct);

        var replies = result.Replies.Select(r => ActivityMapper.ToReply(activity, r)).ToList();
        if (activity.Type == Activity.Types.Invoke)
            return new Outcome(200, InvokeBody(activity, result, replies));
        if (activity.DeliveryMode == "expectReplies")
            return new Outcome(200, new JsonObject { ["activities"] = System.Text.Json.JsonSerializer.SerializeToNode(replies, BotJson.Options) });

        foreach (var reply in replies)
            await connector.ReplyToActivityAsync(activity.ServiceUrl!, activity.Conversation!.Id!, activity.Id ?? "", reply, ct);
        return new Outcome(200);
    }

    /// <summary>Universal Actions answer with a card for the acting user, or a message; the replies go to the chat too.</summary>
    private JsonNode InvokeBody(Activity activity, TurnResult result, List<Activity> replies)
    {
        if (result.CardResponse is { } card)
            return new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.card.adaptive", ["value"] = card };
        var firstCard = result.Replies.FirstOrDefault(r => r.Card is not null)?.Card;
        if (firstCard is not null && result.Replies.Count == 1)
            return new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.card.adaptive", ["value"] = firstCard.DeepClone() };
        var text = string.Join("\n\n", result.Replies.Select(r => r.Text).Where(t => t is not null));
        // Anything beyond one card is sent as ordinary messages after the acknowledgement.
        _ = Task.Run(async () =>
        {
            foreach (var reply in replies)
                await connector.SendToConversationAsync(activity.ServiceUrl!, activity.Conversation!.Id!, reply, CancellationToken.None);
        });
        return new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = text.Length > 0 ? text : "OK" };
    }
}
