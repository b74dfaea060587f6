using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ChatBot.Bot.Channel.Schema;

/// <summary>
/// A Bot Framework activity (specs/botframework-activity). Only the fields the bot reads are typed;
/// everything else a channel sends is kept in <see cref="Properties"/> and written back unchanged.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public string? LocalTimestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public string? Text { get; set; }
    public string? Locale { get; set; }
    public string? InputHint { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonNode? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? DeliveryMode { get; set; }
    public string? Name { get; set; }
    public JsonNode? Value { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static class Types
    {
        public const string Message = "message";
        public const string ConversationUpdate = "conversationUpdate";
        public const string InstallationUpdate = "installationUpdate";
        public const string Invoke = "invoke";
        public const string InvokeResponse = "invokeResponse";
        public const string Typing = "typing";
        public const string MessageReaction = "messageReaction";
        public const string Event = "event";
    }

    /// <summary>The Teams tenant id, from conversation.tenantId or channelData.tenant.id.</summary>
    [JsonIgnore]
    public string? TenantId => Conversation?.TenantId ?? ChannelDataTenant();

    // channelData is whatever the channel sent: read the tenant only when it has the expected shape.
    private string? ChannelDataTenant() =>
        ((ChannelData as JsonObject)?["tenant"] as JsonObject)?["id"] is JsonValue id && id.TryGetValue<string>(out var tenant) ? tenant : null;
}
