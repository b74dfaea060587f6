using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// The one reader of a card's data (Action.Submit / Action.Execute). The data comes back from the
/// client and can be anything anyone posts, so each read is strict: a value of the wrong type or shape
/// reads as invalid — never as a nearby value ("2abc9" is not 2, -1 is not 1, 1.5 is not 1).
/// </summary>
public static class CardValues
{
    /// <summary>No item number, page or index the bot writes on a card comes near this.</summary>
    public const int MaxNumber = 1_000_000;

    /// <summary>A string value; null when absent or not a JSON string.</summary>
    public static string? Text(JsonObject? data, string key) =>
        data?[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>A string or a number as written (form inputs may come back as either); null for anything else.</summary>
    public static string? Scalar(JsonObject? data, string key) => data?[key] is JsonValue v
        ? v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.Number => v.ToJsonString(),
            _ => null,
        }
        : null;

    /// <summary>A whole number from <paramref name="min"/> to <see cref="MaxNumber"/>: a JSON integer, or a string of digits only.</summary>
    public static CardNumber Number(JsonObject? data, string key, int min = 1)
    {
        if (data is null || !data.TryGetPropertyValue(key, out var node)) return CardNumber.Absent;
        return node is JsonValue v && Parse(v) is { } n && n >= min && n <= MaxNumber ? CardNumber.Of((int)n) : CardNumber.Invalid;
    }

    /// <summary>A slot value the rules or the model produced: digits only, at least <paramref name="min"/>.</summary>
    public static int? Digits(string? text, int min = 1) =>
        text is { Length: > 0 and <= 9 } && text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) is var n && n >= min && n <= MaxNumber
            ? n
            : null;

    private static decimal? Parse(JsonValue v)
    {
        switch (v.GetValueKind())
        {
            case JsonValueKind.Number:
                // Any JSON number form (3, 3.0, 3e0) that is a whole number; 1.5 and 1e400 are not.
                return decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) ? d : null;
            case JsonValueKind.String:
                return Digits(v.GetValue<string>(), int.MinValue) is { } n ? n : null;
            default:
                return null;
        }
    }
}

/// <summary>A number read from a card: absent (the key is not there), invalid (there, but not a number in range) or a value.</summary>
public readonly record struct CardNumber(bool Present, int? Value)
{
    public static readonly CardNumber Absent = new(false, null);
    public static readonly CardNumber Invalid = new(true, null);
    public static CardNumber Of(int value) => new(true, value);

    public bool IsInvalid => Present && Value is null;
}
