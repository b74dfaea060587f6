using ChatBot.Dialogs.Features.Reminders;

namespace ChatBot.Bot.Tests.Features.Reminders;

public class PauseCommandTests
{
    [Theory]
    [InlineData("暂停提醒3天", 3)]
    [InlineData("暂停提醒三天", 3)]
    [InlineData("暂停提醒 3 天", 3)]
    [InlineData("暂停提醒３天", 3)]
    [InlineData("请暂停提醒两天。", 2)]
    [InlineData("暂停提醒一周", 7)]
    [InlineData("暂停提醒两周", 14)]
    [InlineData("暂停提醒十天", 10)]
    [InlineData("暂停提醒十五天", 15)]
    [InlineData("暂停提醒二十天", 20)]
    [InlineData("暂停提醒一个星期", 7)]
    [InlineData("暂停提醒一个月", 30)]
    [InlineData("暂停3天提醒", 3)]
    [InlineData("暂停我的提醒5天", 5)]
    [InlineData("暂停提醒", 1)]
    [InlineData("pause reminders for 3 days", 3)]
    [InlineData("Pause reminders for 3 days.", 3)]
    [InlineData("pause my reminders for 2 days", 2)]
    [InlineData("pause reminders for a week", 7)]
    [InlineData("pause reminders for one week", 7)]
    [InlineData("pause reminders 2 weeks", 14)]
    [InlineData("pause reminders for 1 day", 1)]
    [InlineData("pause reminders", 1)]
    public void Pause_in_Chinese_and_English(string text, int days) =>
        Assert.Equal(new PauseCommand(PauseAction.Pause, days), PauseCommand.Parse(text));

    [Theory]
    [InlineData("恢复提醒")]
    [InlineData("恢复提醒！")]
    [InlineData("请恢复我的提醒")]
    [InlineData("取消暂停")]
    [InlineData("resume reminders")]
    [InlineData("Resume my reminders")]
    [InlineData("unpause reminders")]
    public void Resume_in_Chinese_and_English(string text) =>
        Assert.Equal(PauseAction.Resume, PauseCommand.Parse(text)?.Action);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("第3条已完成")]
    [InlineData("暂停提醒0天")]
    [InlineData("暂停提醒几天")]
    [InlineData("提醒我3天后开会")]
    [InlineData("pause reminders for zero days")]
    [InlineData("please remind me in 3 days")]
    [InlineData("暂停提醒99999天")]
    public void Anything_else_is_not_a_pause_command(string? text) =>
        Assert.Null(PauseCommand.Parse(text));
}
