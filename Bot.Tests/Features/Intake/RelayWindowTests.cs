using ChatBot.Bot.Hosting;
using ChatBot.Bot.Intake;
using ChatBot.Dialogs.Features.Intake;
using ChatBot.Dialogs.Features.Intake.Extraction;
using Microsoft.Extensions.Configuration;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Bot.Tests.Features.Intake;

/// <summary>"迅速" gives the configured number of Chinese working days, skipping holidays (the bot's calendar folder).</summary>
public class RelayWindowTests
{
    private const string BeforeNationalDay = """
        局党组会议纪要
        2026年9月30日，局党组召开会议。
        会后，局属各单位要迅速召开班子会议、干部职工大会，对会议精神传达贯彻落实。
        市政工程处要在12月15日前完成金南大道西延线工程进度核查。
        """;

    private static ExtractionOptions Settings(int? days = null)
    {
        var values = new Dictionary<string, string?> { ["Bureau:CalendarFolder"] = Path.Combine(IntakeFixtures.RepoRoot, "seeds", "calendar") };
        var intake = new IntakeOptions();
        if (days is { } d) intake.RelayWindowWorkingDays = d;
        return IntakeServiceCollectionExtensions.ExtractionSettings(intake, BureauSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(values).Build()).LoadCalendar());
    }

    [Fact]
    public void The_window_skips_the_national_day_holiday()
    {
        var calendar = WorkingCalendar.LoadFolder(Path.Combine(IntakeFixtures.RepoRoot, "seeds", "calendar"));
        var relay = Assert.Single(new RuleExtractor(Settings()).Extract(BeforeNationalDay, IntakeFixtures.Roster, IntakeFixtures.Ref).Relay);

        Assert.Equal(calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 3), relay.Due);
        Assert.True(relay.Due > new DateOnly(2026, 10, 7), $"due {relay.Due} falls inside the holiday");
    }

    [Fact]
    public void The_window_is_configurable()
    {
        var three = new RuleExtractor(Settings()).Extract(BeforeNationalDay, IntakeFixtures.Roster, IntakeFixtures.Ref).Relay[0].Due!.Value;
        var five = new RuleExtractor(Settings(5)).Extract(BeforeNationalDay, IntakeFixtures.Roster, IntakeFixtures.Ref).Relay[0].Due!.Value;
        Assert.True(five > three);
    }
}
