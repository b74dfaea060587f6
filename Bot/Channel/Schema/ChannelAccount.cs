using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Bot.Channel.Schema;

public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>
    /// The account as the bot names it when it writes: id, name, object id and role, without whatever
    /// else a sender put on it (a reply must not echo a client's extra, possibly huge, properties).
    /// </summary>
    public ChannelAccount Addressed() => new() { Id = Id, Name = Name, AadObjectId = AadObjectId, Role = Role };
}
