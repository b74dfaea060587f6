using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bot.Channel.Schema;

namespace ChatBot.Bot.Channel;

/// <summary>
/// Checks the shape of an activity before anything reads it: the fields the bot uses have the types it
/// expects, and identifiers are short enough to be stored and indexed (LiteDB refuses index keys of
/// 1,023 bytes or more). Returns the reason for a 400, or null when the activity can be processed.
/// </summary>
public static class ActivityValidator
{
    /// <summary>Teams ids are well under 200 characters; anything longer is not an id.</summary>
    public const int MaxIdBytes = 400;

    /// <summary>Service URLs, names and locales get their own, looser bounds.</summary>
    public const int MaxUrlBytes = 2048;
    public const int MaxNameBytes = 1024;

    private const string FileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    public static string? Problem(Activity a)
    {
        if (a.Type is null) return "'type' is required.";
        var isTurn = a.Type is Activity.Types.Message or Activity.Types.Invoke;
        var isLifecycle = a.Type is Activity.Types.ConversationUpdate or Activity.Types.InstallationUpdate;
        if (isTurn && (string.IsNullOrWhiteSpace(a.Conversation?.Id) || string.IsNullOrWhiteSpace(a.From?.Id) || a.ServiceUrl is null))
            return "'conversation.id', 'from.id' and 'serviceUrl' are required.";
        // An empty id is no id: it would become an empty key in the store.
        if (a.Conversation?.Id is { } conversationId && string.IsNullOrWhiteSpace(conversationId))
            return "'conversation.id' must not be empty.";
        // Likewise an account sent with a blank id: a reply would be addressed to nobody.
        if (a.From is { Id: var fromId } && string.IsNullOrWhiteSpace(fromId))
            return "'from.id' must not be empty.";
        if (isLifecycle && a.Conversation?.Id is not null && a.ServiceUrl is null)
            return "'serviceUrl' is required.";

        if (a.ServiceUrl is not null && !(Uri.TryCreate(a.ServiceUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"))
            return "'serviceUrl' must be an absolute http(s) URL.";

        return TooLong("id", a.Id, MaxIdBytes)
            ?? TooLong("type", a.Type, MaxIdBytes)
            ?? TooLong("name", a.Name, MaxIdBytes)
            ?? TooLong("channelId", a.ChannelId, MaxIdBytes)
            ?? TooLong("replyToId", a.ReplyToId, MaxIdBytes)
            ?? TooLong("locale", a.Locale, MaxIdBytes)
            ?? TooLong("action", a.Action, MaxIdBytes)
            ?? TooLong("deliveryMode", a.DeliveryMode, MaxIdBytes)
            ?? TooLong("serviceUrl", a.ServiceUrl, MaxUrlBytes)
            ?? Account("from", a.From)
            ?? Account("recipient", a.Recipient)
            ?? TooLong("conversation.id", a.Conversation?.Id, MaxIdBytes)
            ?? TooLong("conversation.tenantId", a.Conversation?.TenantId, MaxIdBytes)
            ?? TooLong("conversation.conversationType", a.Conversation?.ConversationType, MaxIdBytes)
            ?? Members("membersAdded", a.MembersAdded)
            ?? Members("membersRemoved", a.MembersRemoved)
            ?? ChannelData(a.ChannelData)
            ?? (a.Type == Activity.Types.Invoke ? InvokeValue(a) : null)
            ?? Attachments(a.Attachments)
            ?? Entities(a.Entities);
    }

    private static string? Entities(List<Entity>? entities)
    {
        if (entities is null) return null;
        if (entities.Count > 100) return "More than 100 entities.";
        for (var i = 0; i < entities.Count; i++)
            if (entities[i] is null) return $"'entities[{i}]' is null.";
            else if (entities[i].Mentioned is { } mentioned && Account($"entities[{i}].mentioned", mentioned) is { } problem) return problem;
        return null;
    }

    private static string? Account(string field, ChannelAccount? account) =>
        account is null ? null
        : TooLong(field + ".id", account.Id, MaxIdBytes)
          ?? TooLong(field + ".aadObjectId", account.AadObjectId, MaxIdBytes)
          ?? TooLong(field + ".role", account.Role, MaxIdBytes)
          ?? TooLong(field + ".name", account.Name, MaxNameBytes)
          ?? Property(field, account, "email")
          ?? Property(field, account, "userPrincipalName");

    private static string? Property(string field, ChannelAccount account, string name) =>
        account.Properties is { } p && p.TryGetValue(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String
            ? TooLong($"{field}.{name}", value.GetString(), MaxIdBytes)
            : null;

    private static string? Members(string field, List<ChannelAccount>? members)
    {
        if (members is null) return null;
        if (members.Count > 1000) return $"'{field}' lists more than 1000 accounts.";
        for (var i = 0; i < members.Count; i++)
            if (members[i] is null) return $"'{field}[{i}]' is null.";
            else if (Account($"{field}[{i}]", members[i]) is { } problem) return problem;
        return null;
    }

    /// <summary>Teams puts the tenant in channelData.tenant.id; anything else there is kept but not read.</summary>
    private static string? ChannelData(JsonNode? data)
    {
        if (data is null) return null;
        if (data is not JsonObject o) return "'channelData' must be an object.";
        if (o["tenant"] is { } tenant)
        {
            if (tenant is not JsonObject t) return "'channelData.tenant' must be an object.";
            if (t["id"] is { } id && !IsString(id)) return "'channelData.tenant.id' must be a string.";
            if (TooLong("channelData.tenant.id", StringOf(t["id"]), MaxIdBytes) is { } p) return p;
        }
        return null;
    }

    /// <summary>adaptiveCard/action: value is an object, value.action an object, its verb a string.</summary>
    private static string? InvokeValue(Activity a)
    {
        if (a.Name != "adaptiveCard/action" || a.Value is null) return null;
        if (a.Value is not JsonObject value) return "Invoke 'value' must be an object.";
        if (value["action"] is not { } action) return null;
        if (action is not JsonObject act) return "Invoke 'value.action' must be an object.";
        if (act["verb"] is { } verb && !IsString(verb)) return "Invoke 'value.action.verb' must be a string.";
        if (TooLong("value.action.verb", StringOf(act["verb"]), MaxIdBytes) is { } p) return p;
        if (act["data"] is { } data && data is not JsonObject) return "Invoke 'value.action.data' must be an object.";
        return null;
    }

    private static string? Attachments(List<Attachment>? attachments)
    {
        if (attachments is null) return null;
        if (attachments.Count > 100) return "More than 100 attachments.";
        for (var i = 0; i < attachments.Count; i++)
        {
            var a = attachments[i];
            if (a is null) return $"'attachments[{i}]' is null.";
            if (TooLong($"attachments[{i}].contentType", a.ContentType, MaxIdBytes) is { } p1) return p1;
            if (TooLong($"attachments[{i}].contentUrl", a.ContentUrl, MaxUrlBytes) is { } p2) return p2;
            if (TooLong($"attachments[{i}].name", a.Name, MaxNameBytes) is { } p3) return p3;
            if (a.ContentType != FileDownloadInfo) continue;
            // A file the user sent: the bot fetches content.downloadUrl; the type comes from content.fileType.
            if (a.Content is not JsonObject content) return $"Attachment {i} ({a.Name}) is a file without a 'content' object.";
            if (content["downloadUrl"] is { } url && !IsString(url)) return $"Attachment {i}: 'content.downloadUrl' must be a string.";
            if (content["fileType"] is { } type && !IsString(type)) return $"Attachment {i}: 'content.fileType' must be a string.";
            if (TooLong($"attachments[{i}].content.downloadUrl", StringOf(content["downloadUrl"]), MaxUrlBytes) is { } p4) return p4;
        }
        return null;
    }

    private static bool IsString(JsonNode node) => node is JsonValue v && v.TryGetValue<string>(out _);

    private static string? StringOf(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string? TooLong(string field, string? value, int maxBytes) =>
        value is not null && (value.Length > maxBytes || Encoding.UTF8.GetByteCount(value) > maxBytes)
            ? $"'{field}' is longer than {maxBytes} bytes."
            : null;
}
