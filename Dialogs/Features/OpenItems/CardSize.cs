using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Dialogs.Features.OpenItems;

/// <summary>
/// Teams refuses messages over ~28 KB. Cards are measured as the channel sends them (UTF-8, Chinese
/// not escaped), and a page is filled only up to a budget that leaves room for the activity around it.
/// </summary>
public static class CardSize
{
    public const int BudgetBytes = 24_000;

    /// <summary>The card's own fields around its body (type, schema, version, actions key).</summary>
    public const int Envelope = 200;

    private static readonly JsonSerializerOptions Wire = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Bytes(JsonNode node) => Encoding.UTF8.GetByteCount(node.ToJsonString(Wire));
}
