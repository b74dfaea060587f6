using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.OpenItems;

/// <summary>
/// A value the user gave, from a card's data (buttons and forms) or from the understood slots: item
/// features accept both, so a button and a typed sentence take the same path.
/// </summary>
public static partial class TurnArgs
{
    /// <summary>Set on the submit of a form card, so "submitted empty" is told apart from "button pressed".</summary>
    public const string FormMarker = "form";

    public static string? Arg(this TurnContext turn, Intent intent, string key)
    {
        if (turn.Request.Action?[key] is JsonValue v)
            return (v.TryGetValue<string>(out var s) ? s : v.ToJsonString()).Trim();
        return intent.Slot(key)?.Trim();
    }

    public static bool IsFormSubmit(this TurnContext turn) => turn.Request.Action?[FormMarker] is not null;

    /// <summary>The item number: "3", "第3条", "#3", "item 3"; null when absent or not a number.</summary>
    public static int? ItemNumber(this TurnContext turn, Intent intent) => ParseNumber(turn.Arg(intent, "item"));

    public static int? ParseNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Digits().Match(text.Normalize(System.Text.NormalizationForm.FormKC));
        return m.Success && int.TryParse(m.Value, out var n) && n > 0 ? n : null;
    }

    [GeneratedRegex(@"\d{1,9}")]
    private static partial Regex Digits();
}
