using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Bot.Scheduling;

/// <summary>
/// The working-day calendar decides deadlines ("3 working days") and when reminders go out; a year without a
/// file silently becomes Monday–Friday, and an estimated year may be wrong around the holidays. Said at start-up.
/// </summary>
public static class CalendarCheck
{
    /// <summary>The problems for this year and next, one line each (empty when both are official).</summary>
    public static IReadOnlyList<string> Problems(WorkingCalendar calendar, int thisYear) =>
        new[] { thisYear, thisYear + 1 }.Select(year => calendar.KnownYears.Contains(year)
                ? calendar.Year(year).IsEstimate
                    ? $"the working-day calendar for {year} is only an estimate; replace seeds/calendar/{year}.json with the State Council's arrangement"
                    : null
                : $"no working-day calendar for {year}: holidays and 调休 are ignored (Monday–Friday); add seeds/calendar/{year}.json")
            .OfType<string>().ToList();

    public static void Warn(WorkingCalendar calendar, int thisYear, ILogger log)
    {
        foreach (var problem in Problems(calendar, thisYear)) log.LogWarning("Calendar: {Problem}", problem);
    }
}
