using System.Text.Json.Nodes;

namespace ChatBot.Bot.Channel.Schema;

/// <summary>The synchronous answer to an invoke activity (HTTP status + body).</summary>
public sealed class InvokeResponse
{
    public int Status { get; set; } = 200;
    public JsonNode? Body { get; set; }
}
