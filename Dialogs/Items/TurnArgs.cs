using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Items;

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
        if (CardValues.Scalar(turn.Request.Action, key) is { } value) return value.Trim();
        return intent.Slot(key)?.Trim();
    }

    public static bool IsFormSubmit(this TurnContext turn) => turn.Request.Action?[FormMarker] is not null;

    /// <summary>
    /// The item number: strict on a card (a positive integer, else <see cref="CardNumber.IsInvalid"/>:
    /// the button is not valid), and the number in the slot the rules or the model filled otherwise.
    /// </summary>
    public static CardNumber ItemNumber(this TurnContext turn, Intent intent)
    {
        var onCard = CardValues.Number(turn.Request.Action, "item");
        if (onCard.Present) return onCard;
        // Typed turns: the slot holds what the rules or the model read out of the person's own words.
        return ParseNumber(intent.Slot("item")) is { } n ? CardNumber.Of(n) : CardNumber.Absent;
    }

    /// <summary>A number in what a person typed ("2", "第2个"); never for card data, which <see cref="CardValues"/> reads.</summary>
    public static int? ParseNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Digits().Match(text.Normalize(System.Text.NormalizationForm.FormKC));
        return m.Success && int.TryParse(m.Value, out var n) && n > 0 ? n : null;
    }

    [GeneratedRegex(@"\d{1,9}")]
    private static partial Regex Digits();
}
