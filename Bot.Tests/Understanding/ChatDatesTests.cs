using ChatBot.Dialogs.Understanding;
using ChatBot.Dialogs.Understanding.Rules;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Bot.Tests.Understanding;

/// <summary>Chat dates against Friday 2026-11-27, and the Chinese numerals chat uses.</summary>
public sealed class ChatDatesTests
{
    [Theory]
    [InlineData("今天", "2026-11-27")]
    [InlineData("昨天", "2026-11-26")]
    [InlineData("昨天下午开了会", "2026-11-26")]
    [InlineData("前天", "2026-11-25")]
    [InlineData("明天", "2026-11-28")]
    [InlineData("上周五", "2026-11-20")]
    [InlineData("上星期一", "2026-11-16")]
    [InlineData("周三", "2026-11-25")]
    [InlineData("本周三", "2026-11-25")]
    [InlineData("下周三", "2026-12-02")]
    [InlineData("下个星期天", "2026-12-06")]
    [InlineData("本周", "2026-11-27")]
    [InlineData("下周", "2026-12-04")]
    [InlineData("月底", "2026-11-30")]
    [InlineData("下月底", "2026-12-31")]
    [InlineData("年底", "2026-12-31")]
    [InlineData("11月26日", "2026-11-26")]
    [InlineData("12月10号", "2026-12-10")]
    [InlineData("2026年11月3日", "2026-11-03")]
    [InlineData("2026-11-03", "2026-11-03")]
    [InlineData("yesterday", "2026-11-26")]
    [InlineData("last Friday", "2026-11-20")]
    [InlineData("last Monday", "2026-11-23")]
    [InlineData("next Wednesday", "2026-12-02")]
    [InlineData("on Monday", "2026-11-23")]
    [InlineData("Dec 10", "2026-12-10")]
    [InlineData("10 December", "2026-12-10")]
    [InlineData("end of month", "2026-11-30")]
    public void Resolves_against_today(string said, string expected) =>
        Assert.Equal(expected, ChatDates.FindIso(said, UtteranceTable.Today));

    [Theory]
    [InlineData("2月30日")]
    [InlineData("没有日期")]
    [InlineData("第3条")]
    public void No_date_is_null(string said) => Assert.Null(ChatDates.Find(said, UtteranceTable.Today));

    [Theory]
    [InlineData("三", 3)]
    [InlineData("两", 2)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("四十二", 42)]
    [InlineData("一百零五", 105)]
    [InlineData("一百二十", 120)]
    [InlineData("三千", 3000)]
    [InlineData("42", 42)]
    public void Reads_numbers(string said, int expected) => Assert.Equal(expected, ChineseNumerals.Parse(said));

    [Theory]
    [InlineData("一二")]
    [InlineData("百")]
    [InlineData("abc")]
    [InlineData("")]
    public void Not_a_number_is_null(string said) => Assert.Null(ChineseNumerals.Parse(said));
}
