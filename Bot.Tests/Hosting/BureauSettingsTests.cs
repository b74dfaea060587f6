using ChatBot.Bot.Hosting;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Understanding.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>
/// One bureau time zone and one working calendar: Bureau:TimeZone / Bureau:CalendarFolder, the old
/// Reminders:* names as warned aliases, a bad zone id stops the start, and the clock, intake and the
/// reminders share the one calendar and zone the host loaded.
/// </summary>
public class BureauSettingsTests
{
    private static BureauSettings Read(params (string Key, string Value)[] values) =>
        BureauSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build());

    [Fact]
    public void Defaults_are_Shanghai_and_the_seeds_calendar_without_warnings()
    {
        var s = Read();
        Assert.Equal(TimeSpan.FromHours(8), s.Zone.GetUtcOffset(new DateTime(2026, 7, 1)));
        Assert.Equal("seeds/calendar", s.CalendarFolder);
        Assert.Empty(s.Warnings);
    }

    [Fact]
    public void The_old_Reminders_names_still_work_alone_with_a_warning()
    {
        var s = Read(("Reminders:TimeZone", "Asia/Urumqi"), ("Reminders:CalendarFolder", "cal"));
        Assert.Equal(TimeSpan.FromHours(6), s.Zone.BaseUtcOffset);
        Assert.Equal("cal", s.CalendarFolder);
        Assert.Equal(2, s.Warnings.Count);
        Assert.Contains(s.Warnings, w => w.Contains("Reminders:TimeZone is deprecated; set Bureau:TimeZone"));
    }

    [Fact]
    public void The_new_name_wins_only_when_they_agree_otherwise_the_start_stops()
    {
        var same = Read(("Bureau:TimeZone", "Asia/Urumqi"), ("Reminders:TimeZone", "Asia/Urumqi"));
        Assert.Equal(TimeSpan.FromHours(6), same.Zone.BaseUtcOffset);
        Assert.Single(same.Warnings);

        var e = Assert.Throws<InvalidOperationException>(() => Read(("Bureau:TimeZone", "Asia/Shanghai"), ("Reminders:TimeZone", "Asia/Urumqi")));
        Assert.Contains("Bureau:TimeZone 'Asia/Shanghai'", e.Message);
        Assert.Contains("Reminders:TimeZone 'Asia/Urumqi'", e.Message);
    }

    [Fact]
    public void A_bad_zone_id_is_an_error_naming_the_setting_never_UTC()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Read(("Bureau:TimeZone", "Mars/Olympus")));
        Assert.Contains("Bureau:TimeZone 'Mars/Olympus' is not a known time zone", e.Message);
        // The alias goes through the same resolver, so it fails the same way.
        Assert.Throws<InvalidOperationException>(() => Read(("Reminders:TimeZone", "Mars/Olympus")));
    }

    [Fact]
    public void The_bot_does_not_start_with_a_bad_zone()
    {
        using var dir = new TempDir();
        var e = Assert.Throws<InvalidOperationException>(() =>
            BotApp.Build(["--urls", "http://127.0.0.1:0", $"--Storage:Path={dir.File("bad.db")}", "--Reminders:Enabled=false", "--Bureau:TimeZone=Mars/Olympus"],
                b => b.Logging.ClearProviders()));
        Assert.Contains("Bureau:TimeZone 'Mars/Olympus'", e.Message);
        Assert.False(File.Exists(dir.File("bad.db")), "nothing is opened before the settings are checked");
    }

    [Fact]
    public async Task The_clock_intake_and_reminders_share_one_calendar_and_one_zone()
    {
        using var dir = new TempDir();
        await using var app = BotApp.Build(["--urls", "http://127.0.0.1:0", $"--Storage:Path={dir.File("one.db")}", "--Reminders:Enabled=false", "--Bureau:TimeZone=Asia/Urumqi"],
            b => b.Logging.ClearProviders());
        var calendar = app.Services.GetRequiredService<WorkingCalendar>();
        var zone = app.Services.GetRequiredService<BureauClock>().Zone;

        Assert.Same(calendar, app.Services.GetRequiredService<ExtractionOptions>().Time.Calendar);
        Assert.Same(zone, app.Services.GetRequiredService<ReminderPolicy>().TimeZone);
        Assert.Equal(TimeSpan.FromHours(6), zone.BaseUtcOffset);
        // The seeds' calendar, not Monday–Friday: National Day is a holiday.
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 1)));
    }
}
