namespace ChatBot.Dialogs.Understanding.Cadence;

public enum CadenceKind
{
    /// <summary>每周五前: every week, by a weekday.</summary>
    Weekly = 0,
    /// <summary>每月5日前 (每月底前 = day 31, the month's last day): every month, by a day of the month.</summary>
    Monthly = 1,
    /// <summary>会后N个工作日: once, N working days after the meeting.</summary>
    AfterMeeting = 2,
}

/// <summary>
/// How often a unit reports on an item, as a directive or the office says it: by a weekday every week, by
/// a day every month, or once N working days after the meeting. Pure data; <see cref="ReportCadenceParser"/> reads it.
/// </summary>
public sealed record ReportCadenceRule(CadenceKind Kind, DayOfWeek Weekday = DayOfWeek.Friday, int MonthDay = 0, int WorkingDays = 0)
{
    public static ReportCadenceRule Weekly(DayOfWeek day) => new(CadenceKind.Weekly, Weekday: day);
    public static ReportCadenceRule Monthly(int day) => new(CadenceKind.Monthly, MonthDay: day);
    public static ReportCadenceRule AfterMeeting(int days) => new(CadenceKind.AfterMeeting, WorkingDays: days);

    /// <summary>
    /// The report day of the period that holds <paramref name="today"/>: this week's weekday, this month's day
    /// (the last day when the month is shorter), or the one day after the meeting. Moved back to the last working
    /// day on or before it, so a report is never due on a holiday. Null for a one-off without a meeting date.
    /// </summary>
    public DateOnly? DueIn(DateOnly today, DateOnly? meetingDay, Time.WorkingCalendar calendar)
    {
        DateOnly day;
        switch (Kind)
        {
            case CadenceKind.Weekly:
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
                day = monday.AddDays(((int)Weekday + 6) % 7);
                break;
            case CadenceKind.Monthly:
                var last = DateTime.DaysInMonth(today.Year, today.Month);
                day = new DateOnly(today.Year, today.Month, Math.Min(MonthDay, last));
                break;
            default:
                if (meetingDay is not { } meeting) return null;
                day = calendar.AddWorkingDays(meeting, WorkingDays);
                break;
        }
        return calendar.OnOrBefore(day);
    }

    /// <summary>
    /// True when <paramref name="day"/> is a report day: its own period's, or the next period's moved back
    /// into this one (a report due on Monday the 1st after a weekend is asked on the Friday before).
    /// </summary>
    public bool IsReportDay(DateOnly day, DateOnly? meetingDay, Time.WorkingCalendar calendar)
    {
        if (DueIn(day, meetingDay, calendar) == day) return true;
        var next = Kind switch
        {
            CadenceKind.Weekly => day.AddDays(7),
            CadenceKind.Monthly => new DateOnly(day.Year, day.Month, 1).AddMonths(1),
            _ => (DateOnly?)null,
        };
        return next is { } n && DueIn(n, meetingDay, calendar) == day;
    }
}
