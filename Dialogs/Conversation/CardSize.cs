using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// The one guard on card size. Teams refuses messages over ~28 KB. Cards are measured as the channel
/// sends them (UTF-8, Chinese not escaped); a card that lists things (items, units, directives) fills
/// its list only up to a budget that leaves room for the activity around it and says what was left
/// out, and <see cref="Guard"/> is the last line for any card whose single texts are too long.
/// </summary>
public static class CardSize
{
    public const int BudgetBytes = 24_000;

    /// <summary>The card's own fields around its body (type, schema, version, actions key).</summary>
    public const int Envelope = 200;

    private static readonly JsonSerializerOptions Wire = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Bytes(JsonNode node) => Encoding.UTF8.GetByteCount(node.ToJsonString(Wire));

    public static bool Fits(JsonNode card) => Bytes(card) <= BudgetBytes;

    /// <summary>
    /// How many of <paramref name="rows"/>, in order, fit after <paramref name="usedBytes"/> already
    /// spent (header, footer, actions, the "more" note); at least <paramref name="atLeast"/>.
    /// </summary>
    public static int HowManyFit(IEnumerable<JsonNode> rows, int usedBytes, int atLeast = 1)
    {
        var used = Envelope + usedBytes;
        var n = 0;
        foreach (var row in rows)
        {
            var size = Bytes(row) + 1;
            if (n >= atLeast && used + size > BudgetBytes) break;
            used += size;
            n++;
        }
        return n;
    }

    /// <summary>The bytes a list of body elements takes (with the commas between them).</summary>
    public static int Bytes(IEnumerable<JsonNode?> nodes) => nodes.Where(n => n is not null).Sum(n => Bytes(n!) + 1);

    /// <summary>
    /// The last line: a card still over the budget has its longest texts shortened ("…") until it fits,
    /// so a very long task or note can never make Teams refuse the whole message. Returns the same card.
    /// </summary>
    public static JsonObject Guard(JsonObject card)
    {
        for (var round = 0; round < 64 && !Fits(card); round++)
        {
            var over = Bytes(card) - BudgetBytes;
            var longest = Texts(card).OrderByDescending(t => t.Value.Length).FirstOrDefault();
            if (longest.Owner is null || longest.Value.Length <= MinText) break;
            // A Chinese character is 3 bytes: cut at least what is over, never below a readable start.
            var keep = Math.Max(MinText, Math.Min(longest.Value.Length / 2, longest.Value.Length - over / 3 - 1));
            longest.Owner[longest.Key] = longest.Value[..keep] + "…";
        }
        return card;
    }

    private const int MinText = 60;

    /// <summary>Every shortenable text in the card: TextBlock texts, fact values, input values.</summary>
    private static IEnumerable<(JsonObject? Owner, string Key, string Value)> Texts(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                var type = o["type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
                var key = type switch { "TextBlock" => "text", "Input.Text" => "value", _ => null };
                if (key is not null && o[key] is JsonValue v && v.TryGetValue<string>(out var text)) yield return (o, key, text);
                if (type == "FactSet" && o["facts"] is JsonArray facts)
                    foreach (var fact in facts.OfType<JsonObject>())
                        if (fact["value"] is JsonValue fv && fv.TryGetValue<string>(out var value)) yield return (fact, "value", value);
                // Action data are identifiers, never shortened.
                foreach (var (_, child) in o.ToList().Where(p => p.Key is not ("data" or "facts")))
                    foreach (var found in Texts(child)) yield return found;
                break;
            case JsonArray a:
                foreach (var child in a.ToList())
                    foreach (var found in Texts(child)) yield return found;
                break;
        }
    }
}
