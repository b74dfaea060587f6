using System.Text.Json;

namespace ChatBot.Dialogs.Features.Intake.Llm;

/// <summary>
/// The model's JSON, checked against the schema by hand: a missing field, a wrong type or a cut-off
/// document is <see cref="InvalidModelAnswerException"/>, and the caller falls back to the rules.
/// </summary>
public sealed record ModelAnswer(ModelMeeting Meeting, List<ModelRelay> Relay, List<ModelDirective> Directives)
{
    public static ModelAnswer Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) throw new InvalidModelAnswerException("empty answer");
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = Object(doc.RootElement, "$");
            var m = Object(Prop(root, "meeting"), "meeting");
            return new ModelAnswer(
                new ModelMeeting(OptString(m, "title"), OptString(m, "date"), OptString(m, "speaker")),
                Array(Prop(root, "relay"), "relay").Select(r => new ModelRelay(Strings(r, "units"), Strings(r, "forms"), OptString(r, "deadlineText"), Str(r, "source"))).ToList(),
                Array(Prop(root, "directives"), "directives").Select(d => new ModelDirective(Str(d, "task"), Strings(d, "owners"), Strings(d, "assisting"), OptString(d, "deadlineText"), Str(d, "source"))).ToList());
        }
        catch (JsonException e)
        {
            throw new InvalidModelAnswerException("malformed JSON: " + e.Message);
        }
    }

    private static JsonElement Prop(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) ? v : throw new InvalidModelAnswerException($"missing \"{name}\"");

    private static JsonElement Object(JsonElement e, string where) =>
        e.ValueKind == JsonValueKind.Object ? e : throw new InvalidModelAnswerException($"{where} is not an object");

    private static IEnumerable<JsonElement> Array(JsonElement e, string where) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(x => Object(x, where)).ToList() : throw new InvalidModelAnswerException($"{where} is not an array");

    private static string Str(JsonElement o, string name) =>
        Prop(o, name) is { ValueKind: JsonValueKind.String } v ? v.GetString()! : throw new InvalidModelAnswerException($"\"{name}\" is not a string");

    private static string? OptString(JsonElement o, string name) =>
        !o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null ? null
        : v.ValueKind == JsonValueKind.String ? v.GetString() : throw new InvalidModelAnswerException($"\"{name}\" is not a string");

    private static List<string> Strings(JsonElement o, string name) =>
        Array2(Prop(o, name), name).Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()!.Trim() : throw new InvalidModelAnswerException($"\"{name}\" holds a non-string"))
            .Where(s => s.Length > 0).ToList();

    private static IEnumerable<JsonElement> Array2(JsonElement e, string where) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().ToList() : throw new InvalidModelAnswerException($"\"{where}\" is not an array");
}

public sealed record ModelMeeting(string? Title, string? Date, string? Speaker);
public sealed record ModelRelay(List<string> Units, List<string> Forms, string? DeadlineText, string Source);
public sealed record ModelDirective(string Task, List<string> Owners, List<string> Assisting, string? DeadlineText, string Source);

public sealed class InvalidModelAnswerException(string message) : Exception(message);
