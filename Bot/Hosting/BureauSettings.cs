using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Bot.Hosting;

/// <summary>
/// The bureau's one time zone and one working calendar, read once from configuration and shared by
/// the clock, intake (deadlines), the reminders and the health check. <c>Bureau:TimeZone</c> and
/// <c>Bureau:CalendarFolder</c> are the settings; the older <c>Reminders:TimeZone</c> and
/// <c>Reminders:CalendarFolder</c> still work when the new one is not set, with a warning at start-up,
/// and a bad time-zone id stops the start with a message naming the setting.
/// </summary>
public sealed class BureauSettings
{
    public const string DefaultCalendarFolder = "seeds/calendar";

    public required TimeZoneInfo Zone { get; init; }
    public required string CalendarFolder { get; init; }
    /// <summary>Bureau:Language: channel cards and people whose own language is not known yet (zh-CN or en-US).</summary>
    public BureauLanguage Language { get; init; } = BureauLanguage.FromLocale(null);
    /// <summary>Said once at start-up (deprecated setting names).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static BureauSettings Read(IConfiguration config)
    {
        var warnings = new List<string>();
        var zone = Setting(config, "TimeZone", warnings) ?? BureauClock.DefaultZone;
        var folder = Setting(config, "CalendarFolder", warnings) ?? DefaultCalendarFolder;
        return new BureauSettings
        {
            Zone = BureauClock.ResolveZone(zone), CalendarFolder = folder, Warnings = warnings,
            Language = BureauLanguage.FromLocale(config["Bureau:Language"]),
        };
    }

    /// <summary>The working calendar from the folder (relative to the app folder); a missing folder is Monday–Friday.</summary>
    public WorkingCalendar LoadCalendar() =>
        WorkingCalendar.LoadFolder(Path.IsPathRooted(CalendarFolder) ? CalendarFolder : Path.Combine(AppContext.BaseDirectory, CalendarFolder));

    /// <summary>Bureau:{name}, else the deprecated Reminders:{name} with a warning; both set and different is an error.</summary>
    private static string? Setting(IConfiguration config, string name, List<string> warnings)
    {
        var current = config[$"Bureau:{name}"];
        var old = config[$"Reminders:{name}"];
        if (string.IsNullOrWhiteSpace(old)) return string.IsNullOrWhiteSpace(current) ? null : current;
        if (string.IsNullOrWhiteSpace(current))
        {
            warnings.Add($"Reminders:{name} is deprecated; set Bureau:{name} instead (using '{old}')");
            return old;
        }
        if (!string.Equals(current.Trim(), old.Trim(), StringComparison.Ordinal))
            throw new InvalidOperationException($"Bureau:{name} '{current}' and the deprecated Reminders:{name} '{old}' disagree; the bot has one {name}: remove Reminders:{name}");
        warnings.Add($"Reminders:{name} is deprecated and repeats Bureau:{name}; remove it");
        return current;
    }
}
