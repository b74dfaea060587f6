namespace ChatBot.Dialogs.Understanding.Time;

/// <summary>
/// The bureau's one working calendar — how deadlines ("3个工作日内", "迅速") are read and when reminders
/// may go: Monday–Friday, minus public holidays, plus the weekend days worked in exchange (调休). Years
/// without an arrangement fall back to Monday–Friday; ask <see cref="Year"/> whether a given year is a
/// fallback or an estimate. The host loads it once and every part of the bot shares it.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<int, CalendarYear> _years;

    public WorkingCalendar(IEnumerable<CalendarYear> years)
    {
        _years = [];
        foreach (var year in years)
            if (!_years.TryAdd(year.Year, year)) throw new InvalidDataException($"calendar {year.Year} given twice");
    }

    /// <summary>Plain Monday–Friday for every year.</summary>
    public static WorkingCalendar WeekdaysOnly { get; } = new([]);

    /// <summary>Reads every {year}.json in <paramref name="folder"/>; a missing folder gives <see cref="WeekdaysOnly"/>.</summary>
    public static WorkingCalendar LoadFolder(string folder)
    {
        if (!Directory.Exists(folder)) return WeekdaysOnly;
        return new(Directory.EnumerateFiles(folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => CalendarYear.Parse(File.ReadAllText(path), path)));
    }

    /// <summary>Years with an arrangement file.</summary>
    public IReadOnlyCollection<int> KnownYears => _years.Keys;

    /// <summary>The arrangement for <paramref name="year"/>; <see cref="CalendarYear.IsFallback"/> when there is none.</summary>
    public CalendarYear Year(int year) => _years.TryGetValue(year, out var known) ? known : CalendarYear.WeekdaysOnly(year);

    /// <summary>Monday to Friday, whatever the holidays.</summary>
    public static bool IsWeekday(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_years.TryGetValue(day.Year, out var year))
        {
            if (year.Workdays.Contains(day)) return true;
            if (year.Holidays.Contains(day)) return false;
        }
        return IsWeekday(day);
    }

    /// <summary>
    /// The day <paramref name="days"/> working days after <paramref name="from"/> (before it when
    /// negative); 0 gives <paramref name="from"/> itself, working day or not.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var step = days < 0 ? -1 : 1;
        var day = from;
        for (var left = Math.Abs(days); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day)) left--;
        }
        return day;
    }

    /// <summary>
    /// Working days in (from, to] — so <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>;
    /// negative when <paramref name="to"/> is before <paramref name="from"/>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    /// <summary>The last working day on or before <paramref name="day"/>.</summary>
    public DateOnly OnOrBefore(DateOnly day)
    {
        while (!IsWorkingDay(day)) day = day.AddDays(-1);
        return day;
    }
}
