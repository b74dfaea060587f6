using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Understanding.Time;

public sealed partial class ChineseTimeResolver
{
    /// <summary>"放假前", "假期之前": the holiday the text means is the next one in the bureau's calendar.</summary>
    [GeneratedRegex(@"(?:放假|休假|假期|节假日)(?<sfx>前|之前|以前)")]
    private static partial Regex HolidayRule();

    /// <summary>
    /// Due on the last working day before the next holiday: the first weekday off within two months.
    /// Without a holiday calendar (Monday–Friday) no holiday is known, so a person supplies the date.
    /// </summary>
    private TimeResolution? ReadHoliday(Match m, DateOnly reference, bool chat)
    {
        for (var d = reference.AddDays(1); d <= reference.AddDays(60); d = d.AddDays(1))
        {
            if (!WorkingCalendar.IsWeekday(d) || _options.Calendar.IsWorkingDay(d)) continue;
            var last = d.AddDays(-1);
            while (last > reference && !_options.Calendar.IsWorkingDay(last)) last = last.AddDays(-1);
            return new(TimeKind.Date, last, m.Value);
        }
        return NeedsDate(m);
    }
}
