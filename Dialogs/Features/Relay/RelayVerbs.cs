using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>
/// Card data of the relay slice (its verbs are <see cref="RelayCapability"/>'s). Every action carries {meetingId, unitId} so a click acts on the
/// meeting and unit of the card it came from, not on whatever is latest.
/// </summary>
public static class RelayVerbs
{
    public static JsonObject Data(string meetingId, string unitId) => new() { ["meetingId"] = meetingId, ["unitId"] = unitId };

    /// <summary>
    /// Action.Execute (Universal Actions: the bot answers with the refreshed card) with an
    /// Action.Submit fallback for clients without them; both carry the verb the engine routes on.
    /// </summary>
    public static JsonObject Execute(string title, string verb, JsonObject data, string? style = null)
    {
        var fallback = AdaptiveCard.Submit(title, verb, data);
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data.DeepClone(),
            ["fallback"] = fallback,
        };
        if (style is not null) action["style"] = style;
        return action;
    }
}
