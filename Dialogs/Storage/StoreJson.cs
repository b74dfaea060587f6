using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ChatBot.Dialogs.Storage;

/// <summary>
/// How a stored record is written as JSON wherever a provider keeps documents as JSON (PostgreSQL's
/// <c>jsonb</c>) and for the per-collection checksums of <c>store copy</c>. It keeps what LiteDB keeps, so
/// both providers read back the same values: enums by name, dates as "yyyy-MM-dd", instants in UTC to the
/// millisecond (LiteDB's precision).
/// </summary>
public static class StoreJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            // Chinese text stays readable in the database (jsonb unescapes it anyway).
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new InstantConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>The instant as stored: UTC, whole milliseconds.</summary>
    public static DateTimeOffset Instant(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>
    /// The record as compared across providers (<c>store copy</c> checksums): without null and empty-string
    /// properties, because LiteDB does not keep the difference (it reads an empty string back as null, and a
    /// missing value as the property's default).
    /// </summary>
    public static string Canonical<T>(T value)
    {
        var node = JsonSerializer.SerializeToNode(value, Options);
        Prune(node);
        return node?.ToJsonString(Options) ?? "null";
    }

    private static void Prune(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is null || (child is JsonValue v && v.TryGetValue<string>(out var text) && text.Length == 0)) obj.Remove(name);
                    else Prune(child);
                }
                break;
            case JsonArray array:
                foreach (var child in array) Prune(child);
                break;
        }
    }

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} was null.");

    private sealed class InstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Instant(value).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }
}
