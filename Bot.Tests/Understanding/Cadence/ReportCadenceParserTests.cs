using ChatBot.Dialogs.Understanding.Cadence;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Bot.Tests.Understanding.Cadence;

/// <summary>The cadence reader on sentences written for this table (not from the corpus), and the report day it gives.</summary>
public class ReportCadenceParserTests
{
    [Theory]
    [InlineData("各责任单位每周五前报进展", "W5")]
    [InlineData("请于每星期一上报工作推进情况", "W1")]
    [InlineData("每周三前将整改情况反馈督查室", "W3")]
    [InlineData("每月5日前报送上月完成情况", "M5")]
    [InlineData("每月十日前向局办公室汇报", "M10")]
    [InlineData("每月底前报送台账", "M31")]
    [InlineData("会后3个工作日内报送落实方案", "A3")]
    [InlineData("会后五个工作日报告进展", "A5")]
    [InlineData("report progress every Friday", "W5")]
    [InlineData("the unit reports weekly by Tuesday", "W2")]
    [InlineData("monthly by the 5th", "M5")]
    [InlineData("send figures by the 20th of each month", "M20")]
    [InlineData("a plan two working days after the meeting", "A2")]
    public void Reads_the_cadence(string text, string code) =>
        Assert.Equal(code, ChatBot.Dialogs.Features.Cadence.CadenceTexts.Code(ReportCadenceParser.Find(text)!));

    [Theory]
    [InlineData("每周五召开例会")]                 // a weekly meeting, not a report
    [InlineData("12月10日前完成招标")]            // a deadline
    [InlineData("finish the works by the 20th")]  // a deadline in English
    [InlineData("每月35日前报送")]                // no such day
    [InlineData("")]
    public void Leaves_other_sentences_alone(string text) => Assert.Null(ReportCadenceParser.Find(text));

    [Fact]
    public void The_report_day_is_in_the_current_period_and_never_on_a_day_off()
    {
        var calendar = WorkingCalendar.WeekdaysOnly;
        var wednesday = new DateOnly(2026, 11, 25);
        Assert.Equal(new DateOnly(2026, 11, 27), ReportCadenceRule.Weekly(DayOfWeek.Friday).DueIn(wednesday, null, calendar));
        // Sunday the 1st of November 2026 is not a working day: the report is due on Friday 30 October.
        Assert.Equal(new DateOnly(2026, 10, 30), ReportCadenceRule.Monthly(1).DueIn(new DateOnly(2026, 11, 20), null, calendar));
        Assert.Equal(new DateOnly(2026, 11, 30), ReportCadenceRule.Monthly(31).DueIn(wednesday, null, calendar));
        Assert.Equal(new DateOnly(2026, 11, 30), ReportCadenceRule.AfterMeeting(3).DueIn(wednesday, wednesday, calendar));
        Assert.Null(ReportCadenceRule.AfterMeeting(3).DueIn(wednesday, null, calendar));
        // ...and the 1st of November is asked for on that Friday, though the day falls in October.
        Assert.True(ReportCadenceRule.Monthly(1).IsReportDay(new DateOnly(2026, 10, 30), null, calendar));
        Assert.False(ReportCadenceRule.Weekly(DayOfWeek.Friday).IsReportDay(wednesday, null, calendar));
    }
}
