using System.Text.Json.Nodes;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Bot.Channel;

/// <summary>Translates between activities on the wire and Dialogs' turns and replies.</summary>
public static class ActivityMapper
{
    public static TurnRequest ToTurn(Activity activity)
    {
        var conversationType = activity.Conversation?.ConversationType
            ?? (activity.Conversation?.IsGroup == true ? "groupChat" : "personal");
        var isInvoke = activity.Type == Activity.Types.Invoke;
        var files = (activity.Attachments ?? [])
            .Where(a => a.ContentType != Attachment.AdaptiveCardContentType && a.ContentType != SharedFileLinks.HtmlContentType)
            .Select(ToFile).Where(f => f is not null).Select(f => f!).ToList();
        return new TurnRequest
        {
            ConversationId = activity.Conversation?.Id ?? "",
            ConversationType = conversationType,
            Speaker = new Speaker(activity.From?.Id ?? "", activity.From?.AadObjectId, EmailOf(activity.From), activity.From?.Name),
            Text = activity.Type == Activity.Types.Message ? MentionText.StripBotMention(activity) : null,
            Action = isInvoke ? UniversalActionData(activity.Value) : activity.Value as JsonObject,
            Locale = activity.Locale,
            ActivityId = activity.Id,
            ExpectsCardResponse = isInvoke,
            // Files attached in channels arrive only as links in the message's HTML: kept as link-only files.
            Files = [.. files, .. SharedFileLinks.Find(activity.Attachments ?? [], files)],
        };
    }

    /// <summary>Invoke "adaptiveCard/action": value.action.verb and value.action.data.</summary>
    private static JsonObject? UniversalActionData(JsonNode? value)
    {
        // ActivityValidator refuses other shapes; reading stays defensive all the same.
        if ((value as JsonObject)?["action"] is not JsonObject action) return null;
        var data = (action["data"] as JsonObject) is { } given ? given.DeepClone().AsObject() : new JsonObject();
        if (action["verb"] is JsonValue v && v.TryGetValue<string>(out var verb)) data["verb"] = verb;
        return data;
    }

    private static IncomingFile? ToFile(Attachment a)
    {
        // Teams file uploads: application/vnd.microsoft.teams.file.download.info with content.downloadUrl.
        var content = a.Content as JsonObject;
        var url = StringOf(content?["downloadUrl"]) ?? a.ContentUrl;
        return url is null ? null : new IncomingFile(a.Name ?? "", StringOf(content?["fileType"]) ?? a.ContentType ?? "", url, null);
    }

    private static string? StringOf(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string? EmailOf(ChannelAccount? account) =>
        account?.Properties is { } props && props.TryGetValue("email", out var e) && e.ValueKind == System.Text.Json.JsonValueKind.String ? e.GetString()
        : account?.Properties is { } p2 && p2.TryGetValue("userPrincipalName", out var u) && u.ValueKind == System.Text.Json.JsonValueKind.String ? u.GetString()
        : null;

    /// <summary>A reply to <paramref name="incoming"/>: addressed back to its conversation, from the bot.</summary>
    public static Activity ToReply(Activity incoming, Reply reply) => new()
    {
        Type = Activity.Types.Message,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Conversation = incoming.Conversation,
        From = incoming.Recipient?.Addressed(),
        Recipient = incoming.From?.Addressed(),
        ReplyToId = incoming.Id,
        Locale = incoming.Locale,
        Text = reply.Text,
        TextFormat = reply.Text is null ? null : "markdown",
        Attachments = reply.Card is null ? null : [CardAttachment(reply.Card)],
    };

    public static Attachment CardAttachment(JsonObject card) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = card,
    };
}
