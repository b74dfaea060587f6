using System.Text.Json.Nodes;

namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// Builds Adaptive Cards (version 1.5, the highest Teams renders for bots) as JSON nodes: the card is
/// content the user sees, not a wire format, so Dialogs owns it.
/// </summary>
public static class AdaptiveCard
{
    public const string Version = "1.5";

    public static JsonObject New(params JsonNode?[] body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        ["body"] = new JsonArray(body.Where(b => b is not null).ToArray()),
    };

    public static JsonObject WithActions(this JsonObject card, params JsonNode?[] actions)
    {
        var list = actions.Where(a => a is not null).ToArray();
        if (list.Length > 0) card["actions"] = new JsonArray(list);
        return card;
    }

    public static JsonObject Text(string text, bool bold = false, string? size = null, string? color = null, bool subtle = false, bool wrap = true)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = wrap };
        if (bold) block["weight"] = "Bolder";
        if (size is not null) block["size"] = size;
        if (color is not null) block["color"] = color;
        if (subtle) block["isSubtle"] = true;
        return block;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    public static JsonObject Container(IEnumerable<JsonNode> items, string? style = null, bool separator = false)
    {
        var c = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray(items.ToArray()) };
        if (style is not null) c["style"] = style;
        if (separator) c["separator"] = true;
        return c;
    }

    /// <summary>An Action.Submit carrying a verb and its data; the turn engine routes on the verb.</summary>
    public static JsonObject Submit(string title, string verb, JsonObject? data = null)
    {
        var payload = data?.DeepClone().AsObject() ?? new JsonObject();
        payload["verb"] = verb;
        return new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = payload };
    }

    public static JsonObject ActionSet(params JsonNode[] actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(actions),
    };
}
