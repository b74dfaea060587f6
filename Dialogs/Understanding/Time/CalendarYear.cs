using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Dialogs.Understanding.Time;

/// <summary>
/// One year of the State Council's holiday arrangement: the days off that would otherwise be
/// working days (holidays) and the weekend days that are worked instead (workdays, 调休).
/// </summary>
public sealed class CalendarYear
{
    public int Year { get; }
    public IReadOnlySet<DateOnly> Holidays { get; }
    public IReadOnlySet<DateOnly> Workdays { get; }
    /// <summary>Free text from the file; a present note marks the year as an estimate to be checked.</summary>
    public string? Note { get; }
    /// <summary>True when no file covered this year and plain Monday–Friday is assumed.</summary>
    public bool IsFallback { get; }
    public bool IsEstimate => Note is not null;

    public CalendarYear(int year, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workdays, string? note = null, bool isFallback = false)
    {
        Year = year;
        Holidays = holidays.ToHashSet();
        Workdays = workdays.ToHashSet();
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
        IsFallback = isFallback;
        var stray = Holidays.Concat(Workdays).FirstOrDefault(d => d.Year != year);
        if (stray != default) throw new InvalidDataException($"calendar {year}: {stray:yyyy-MM-dd} is not in {year}");
        var both = Holidays.Intersect(Workdays).ToList();
        if (both.Count > 0) throw new InvalidDataException($"calendar {year}: {both[0]:yyyy-MM-dd} is both a holiday and a workday");
    }

    public static CalendarYear WeekdaysOnly(int year) => new(year, [], [], null, isFallback: true);

    /// <summary>Reads the seeds/calendar/{year}.json format.</summary>
    public static CalendarYear Parse(string json, string source = "calendar")
    {
        CalendarFile file;
        try
        {
            file = JsonSerializer.Deserialize<CalendarFile>(json, Json) ?? throw new InvalidDataException($"{source}: empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: {e.Message}", e);
        }
        if (file.Year is < 1900 or > 2999) throw new InvalidDataException($"{source}: missing or wrong \"year\"");
        return new CalendarYear(file.Year, file.Holidays.Select(d => Day(d, source)), file.Workdays.Select(d => Day(d, source)), file.Note);
    }

    private static DateOnly Day(string text, string source) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new InvalidDataException($"{source}: '{text}' is not a yyyy-MM-dd date");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private sealed class CalendarFile
    {
        public int Year { get; set; }
        public List<string> Holidays { get; set; } = [];
        public List<string> Workdays { get; set; } = [];
        public string? Note { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? Other { get; set; }
    }
}
