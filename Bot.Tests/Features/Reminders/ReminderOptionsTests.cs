using ChatBot.Dialogs.Features.Reminders;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Bot.Tests.Features.Reminders;

public class ReminderOptionsTests
{
    [Fact]
    public void Binds_from_the_Reminders_section()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Reminders:WorkdayStart"] = "08:30",
            ["Reminders:WorkdayEnd"] = "17:30",
            ["Reminders:ApproachingDays"] = "5",
            ["Reminders:EscalateAfterDays"] = "3",
            ["Reminders:DigestTime"] = "09:15",
        }).Build();
        var options = config.GetSection(ReminderOptions.Section).Get<ReminderOptions>()!;
        Assert.Equal(new TimeOnly(8, 30), options.WorkdayStart);
        Assert.Equal(new TimeOnly(17, 30), options.WorkdayEnd);
        Assert.Equal(5, options.ApproachingDays);
        Assert.Equal(3, options.EscalateAfterDays);
        Assert.Equal(1, options.OverdueCadenceDays);
        Assert.Equal(new TimeOnly(9, 15), options.DigestTime);
        options.Validate();
    }

    [Fact]
    public void Defaults_are_nine_to_six()
    {
        var options = new ReminderOptions();
        Assert.Equal(new TimeOnly(9, 0), options.WorkdayStart);
        Assert.Equal(new TimeOnly(18, 0), options.WorkdayEnd);
        Assert.Equal(3, options.ApproachingDays);
        Assert.Equal(2, options.EscalateAfterDays);
    }
}
