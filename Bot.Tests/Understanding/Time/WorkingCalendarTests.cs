using ChatBot.Bot.Tests.Features.Reminders;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Bot.Tests.Understanding.Time;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = ReminderWorld.Calendar;

    [Theory]
    [InlineData("2026-11-27", true)]   // Friday
    [InlineData("2026-11-28", false)]  // Saturday
    [InlineData("2026-11-29", false)]  // Sunday
    [InlineData("2026-01-01", false)]  // 元旦
    [InlineData("2026-01-02", false)]  // 元旦 (调休 Friday)
    [InlineData("2026-01-04", true)]   // 元旦 调休 Sunday worked
    [InlineData("2026-02-14", true)]   // 春节 调休 Saturday worked
    [InlineData("2026-02-16", false)]  // 除夕
    [InlineData("2026-02-23", false)]  // last day of 春节
    [InlineData("2026-02-28", true)]   // 春节 调休 Saturday worked
    [InlineData("2026-04-06", false)]  // 清明 (Monday)
    [InlineData("2026-05-05", false)]  // 劳动节
    [InlineData("2026-05-09", true)]   // 劳动节 调休 Saturday worked
    [InlineData("2026-06-19", false)]  // 端午
    [InlineData("2026-09-20", true)]   // 国庆 调休 Sunday worked
    [InlineData("2026-09-25", false)]  // 中秋
    [InlineData("2026-10-07", false)]  // 国庆
    [InlineData("2026-10-08", true)]
    [InlineData("2026-10-10", true)]   // 国庆 调休 Saturday worked
    public void Knows_2026_weekends_holidays_and_adjusted_working_days(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(day)));

    [Fact]
    public void Adds_working_days_across_the_national_day_holiday()
    {
        Assert.Equal(new DateOnly(2026, 10, 8), Calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 1));
        Assert.Equal(new DateOnly(2026, 10, 10), Calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 3));
        Assert.Equal(new DateOnly(2026, 9, 30), Calendar.AddWorkingDays(new DateOnly(2026, 10, 8), -1));
        Assert.Equal(new DateOnly(2026, 11, 28), Calendar.AddWorkingDays(new DateOnly(2026, 11, 28), 0));
    }

    [Fact]
    public void Counts_working_days_between_two_dates()
    {
        Assert.Equal(3, Calendar.WorkingDaysBetween(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 10)));
        Assert.Equal(-3, Calendar.WorkingDaysBetween(new DateOnly(2026, 10, 10), new DateOnly(2026, 9, 30)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 29)));
        Assert.Equal(5, Calendar.WorkingDaysBetween(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 27)));
        for (var n = 0; n < 30; n++)
            Assert.Equal(n, Calendar.WorkingDaysBetween(new DateOnly(2026, 9, 18), Calendar.AddWorkingDays(new DateOnly(2026, 9, 18), n)));
    }

    [Fact]
    public void A_year_without_a_file_falls_back_to_Monday_to_Friday_and_says_so()
    {
        Assert.False(Calendar.Year(2026).IsFallback);
        Assert.True(Calendar.Year(2028).IsFallback);
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2028, 1, 3)));   // Monday
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2028, 1, 1)));  // Saturday
        Assert.True(WorkingCalendar.WeekdaysOnly.Year(2026).IsFallback);
        Assert.True(WorkingCalendar.WeekdaysOnly.IsWorkingDay(new DateOnly(2026, 10, 1)));
    }

    [Fact]
    public void The_2027_file_is_marked_as_an_estimate()
    {
        Assert.True(Calendar.Year(2027).IsEstimate);
        Assert.Contains("official", Calendar.Year(2027).Note);
        Assert.False(Calendar.Year(2026).IsEstimate);
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2027, 2, 8)));
    }

    [Fact]
    public void A_missing_folder_means_weekdays_only()
    {
        var calendar = WorkingCalendar.LoadFolder(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));
        Assert.Empty(calendar.KnownYears);
        Assert.True(calendar.Year(2026).IsFallback);
    }

    [Theory]
    [InlineData("""{ "year": 2026, "holidays": ["2026-13-01"], "workdays": [] }""")]
    [InlineData("""{ "year": 2026, "holidays": ["2027-01-01"], "workdays": [] }""")]
    [InlineData("""{ "year": 2026, "holidays": ["2026-10-10"], "workdays": ["2026-10-10"] }""")]
    [InlineData("""{ "holidays": [] }""")]
    [InlineData("""not json""")]
    public void A_broken_calendar_file_is_refused_with_the_reason(string json) =>
        Assert.Throws<InvalidDataException>(() => CalendarYear.Parse(json, "test.json"));
}
