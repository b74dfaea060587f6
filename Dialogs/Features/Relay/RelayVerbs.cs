using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>
/// Card verbs of the relay slice. Every action carries {meetingId, unitId} so a click acts on the
/// meeting and unit of the card it came from, not on whatever is latest.
/// </summary>
public static class RelayVerbs
{
    /// <summary>签收 on the dispatch card.</summary>
    public const string SignFor = Intents.SignFor;
    /// <summary>确认已传达 on the dispatch card: opens the form.</summary>
    public const string OpenForm = Intents.RelayConfirm;
    /// <summary>The form's submit (and the prefilled card's 确认).</summary>
    public const string Submit = "relaySubmit";
    /// <summary>Which unit? — a member of several units picks one.</summary>
    public const string ChooseUnit = "relayUnit";

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
