namespace ChatBot.Bot.Channel.Schema;

/// <summary>The connector's answer to a send: the id of the created activity or conversation.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }
}
