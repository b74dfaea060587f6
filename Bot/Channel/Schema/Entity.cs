using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Bot.Channel.Schema;

/// <summary>An entity attached to an activity (mention, clientInfo…); untyped fields are preserved.</summary>
public sealed class Entity
{
    public string? Type { get; set; }
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
