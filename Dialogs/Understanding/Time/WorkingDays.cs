namespace ChatBot.Dialogs.Understanding.Time;

/// <summary>Counting working days, which is how bureaus measure "迅速" and "3个工作日内".</summary>
public static class WorkingDays
{
    public static bool MondayToFriday(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The date n working days after <paramref name="from"/> (from itself is not counted).</summary>
    public static DateOnly Add(DateOnly from, int n, Func<DateOnly, bool> isWorkingDay)
    {
        var d = from;
        for (var counted = 0; counted < n;)
        {
            d = d.AddDays(1);
            if (isWorkingDay(d)) counted++;
        }
        return d;
    }

    /// <summary>The last working day on or before <paramref name="d"/>, looking back at most a week.</summary>
    public static DateOnly LastOnOrBefore(DateOnly d, Func<DateOnly, bool> isWorkingDay)
    {
        for (var i = 0; i < 7; i++, d = d.AddDays(-1))
            if (isWorkingDay(d)) return d;
        return d;
    }
}
