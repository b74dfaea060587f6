using ChatBot.Dialogs.Understanding;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;
using Microsoft.Extensions.AI;
using ChatBot.Dialogs.Conversation.Capabilities;

namespace ChatBot.Dialogs.Understanding.Llm;

/// <summary>The model's tool call read as an intent, or why it could not be (then the rules answer).</summary>
public sealed record ToolCallReading(Intent? Intent, string? Failure)
{
    public static ToolCallReading Fail(string why) => new(null, why);
}

/// <summary>
/// Checks a tool call against the registered capabilities' tools — known tool, known arguments, right types,
/// required ones present — and turns it into an <see cref="Intent"/> with string slots. The model
/// proposes; nothing it says is taken on trust: an item number the user never wrote is dropped, and a
/// meeting text is taken from the user's message, not from the model's copy of it.
/// </summary>
public static partial class ToolCallReader
{
    public static ToolCallReading Read(FunctionCallContent call, string userText, CapabilityRegistry capabilities)
    {
        if (call.Exception is not null) return ToolCallReading.Fail("the tool call's arguments are not valid JSON");
        if (capabilities.Tool(call.Name) is not { } tool) return ToolCallReading.Fail($"unknown tool '{Shorten(call.Name)}'");

        var slots = new Dictionary<string, string>();
        foreach (var (name, raw) in call.Arguments ?? new Dictionary<string, object?>())
        {
            if (tool.Slot(name) is not { } spec) return ToolCallReading.Fail($"{tool.Name}: unexpected argument '{Shorten(name)}'");
            if (IsAbsent(raw)) continue;
            if (ReadValue(spec, raw!) is not { } value) return ToolCallReading.Fail($"{tool.Name}: argument '{name}' is not a valid {spec.Kind}");
            if (value.Length > 0) slots[name] = value;
        }
        foreach (var required in tool.Slots.Where(s => s.Required))
            if (!slots.ContainsKey(required.Name)) return ToolCallReading.Fail($"{tool.Name}: required argument '{required.Name}' is missing");

        if (tool.TakesTheMessage) slots["text"] = userText.Trim();
        if (slots.TryGetValue("item", out var item) && !WrittenIn(userText, int.Parse(item, CultureInfo.InvariantCulture)))
            slots.Remove("item"); // the feature will ask which item rather than act on a guessed one
        return new ToolCallReading(new Intent(tool.Name, slots), null);
    }

    /// <summary>
    /// Whether the user wrote the number as something that can be an item: as digits (3, not part of 13)
    /// or in Chinese (三, 第十二条), and not as a quantity or a date (30%, 42人, 3天, 11月26日).
    /// </summary>
    public static bool WrittenIn(string text, int number)
    {
        var t = text.Normalize(System.Text.NormalizationForm.FormKC);
        foreach (Match m in Digits().Matches(t))
            if (m.Value.TrimStart('0') == number.ToString(CultureInfo.InvariantCulture) && !IsQuantity(t, m)) return true;
        foreach (Match m in ChineseNumber().Matches(t))
            if (ChineseNumerals.Parse(m.Value) == number && !IsQuantity(t, m)) return true;
        return false;
    }

    private static bool IsQuantity(string text, Match number) => QuantityUnit().IsMatch(text, number.Index + number.Length);

    private static bool IsAbsent(object? raw) =>
        raw is null || raw is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined };

    private static string? ReadValue(SlotSpec spec, object raw) => spec.Kind switch
    {
        SlotKind.Integer => Integer(raw) is { } n && n >= spec.Min && n <= spec.Max ? n.ToString(CultureInfo.InvariantCulture) : null,
        SlotKind.Date => Text(raw) is { } d && DateOnly.TryParseExact(d.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        SlotKind.Choice => Text(raw) is { } c && spec.Choices.Contains(c.Trim()) ? c.Trim() : null,
        SlotKind.List => List(spec, raw),
        _ => Text(raw) is { } s && s.Length <= spec.MaxLength ? s.Trim() : null,
    };

    private static string? Text(object raw) => raw switch
    {
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        _ => null,
    };

    private static long? Integer(object raw) => raw switch
    {
        int i => i,
        long l => l,
        short s => s,
        double d when double.IsFinite(d) && Math.Floor(d) == d && Math.Abs(d) < 1e12 => (long)d,
        decimal m when decimal.Truncate(m) == m && Math.Abs(m) < 1e12m => (long)m,
        JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt64(out var n) => n,
        JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetDouble(out var d) && Math.Floor(d) == d && Math.Abs(d) < 1e12 => (long)d,
        // Small local models often quote numbers ("42"); digits in a string are still a number.
        _ => Text(raw) is { } s && long.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
    };

    private static string? List(SlotSpec spec, object raw)
    {
        IEnumerable<string?> values = raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null),
            IEnumerable<string> strings => strings,
            _ when Text(raw) is { } s => s.Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries),
            _ => [null],
        };
        var list = new List<string>();
        foreach (var value in values)
        {
            var v = value?.Trim();
            if (string.IsNullOrEmpty(v) || v.Length > spec.MaxLength) return null;
            if (spec.Choices.Count > 0 && !spec.Choices.Contains(v)) return null;
            if (!list.Contains(v)) list.Add(v);
        }
        return string.Join(",", list);
    }

    /// <summary>Names from the model go into log lines; keep them short.</summary>
    private static string Shorten(string? s) => s is null ? "" : s.Length <= 40 ? s : s[..40] + "…";

    [GeneratedRegex(@"\G\s*(?:%|percent|人|名|位|天|日|号|月|年|点|个工作日|小时|days?\b|hours?\b|people\b|persons\b|attendees\b|attended\b)", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityUnit();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(ChineseNumerals.Pattern)]
    private static partial Regex ChineseNumber();
}
