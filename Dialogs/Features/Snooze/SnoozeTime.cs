using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Snooze;

/// <summary>The three 稍后提醒 choices, on the bureau's clock and working calendar.</summary>
public static class SnoozeTime
{
    public const string TwoHours = "2h";
    public const string Tomorrow = "tomorrow";
    public const string NextMonday = "monday";
    public static readonly IReadOnlyList<string> All = [TwoHours, Tomorrow, NextMonday];

    /// <summary>
    /// When the reminder comes back: two hours from now; the next working day at the start of working hours
    /// (明天 on a Friday is Monday, after a holiday the first working day); next Monday at the start of working
    /// hours (the first working day from it, when Monday is a holiday). Null for anything else.
    /// </summary>
    public static DateTimeOffset? Until(string? choice, DateTimeOffset now, TimeZoneInfo zone, WorkingCalendar calendar, TimeOnly workdayStart)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        DateOnly day;
        switch (choice)
        {
            case TwoHours: return now.AddHours(2);
            case Tomorrow: day = calendar.AddWorkingDays(today, 1); break;
            case NextMonday:
                var monday = today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7 is 0 ? 7 : ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7);
                day = calendar.IsWorkingDay(monday) ? monday : calendar.AddWorkingDays(monday, 1);
                break;
            default: return null;
        }
        var at = day.ToDateTime(workdayStart);
        return new DateTimeOffset(at, zone.GetUtcOffset(at));
    }
}
