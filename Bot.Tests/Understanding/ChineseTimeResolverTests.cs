using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Bot.Tests.Understanding;

public class ChineseTimeResolverTests
{
    // A Friday in late November: "3月底前" must mean next March, "下周三" the 2nd of December.
    private static readonly DateOnly Ref = new(2026, 11, 27);
    private readonly ChineseTimeResolver _resolver = new();

    [Theory]
    [InlineData("X月底前", "NeedsDate", null, "X月底前")]
    [InlineData("局人事科要在X月底前完成", "NeedsDate", null, "X月底前")]
    [InlineData("此项工作要在X月上旬完成", "NeedsDate", null, "X月上旬")]
    [InlineData("X月X日前", "NeedsDate", null, "X月X日前")]
    [InlineData("3月底前", "Date", "2027-03-31", "3月底前")]
    [InlineData("12月底", "Date", "2026-12-31", "12月底")]
    [InlineData("10月底前", "Date", "2026-10-31", "10月底前")]
    [InlineData("12月上旬", "Date", "2026-12-10", "12月上旬")]
    [InlineData("12月中旬", "Date", "2026-12-20", "12月中旬")]
    [InlineData("12月下旬", "Date", "2026-12-31", "12月下旬")]
    [InlineData("2月中旬前", "Date", "2027-02-20", "2月中旬前")]
    [InlineData("十二月二十日前", "Date", "2026-12-20", "十二月二十日前")]
    [InlineData("12月20日前完成", "Date", "2026-12-20", "12月20日前")]
    [InlineData("请科技部、财政部等部门在2019年2月底前完成", "Date", "2019-02-28", "2019年2月底前")]
    [InlineData("2028年2月底前", "Date", "2028-02-29", "2028年2月底前")]
    [InlineData("年底前", "Date", "2026-12-31", "年底前")]
    [InlineData("力争在年底之前完成", "Date", "2026-12-31", "年底之前")]
    [InlineData("年内", "Date", "2026-12-31", "年内")]
    [InlineData("明年年底前", "Date", "2027-12-31", "明年年底前")]
    [InlineData("第一季度末前", "Date", "2027-03-31", "第一季度末前")]
    [InlineData("上半年", "Date", "2027-06-30", "上半年")]
    [InlineData("春节前", "Date", "2027-02-05", "春节前")]
    [InlineData("2028年春节前", "Date", "2028-01-25", "2028年春节前")]
    [InlineData("本周", "Date", "2026-11-27", "本周")]
    [InlineData("本周内", "Date", "2026-11-27", "本周内")]
    [InlineData("下周三", "Date", "2026-12-02", "下周三")]
    [InlineData("下周五前", "Date", "2026-12-04", "下周五前")]
    [InlineData("本月", "Date", "2026-11-30", "本月")]
    [InlineData("月底前", "Date", "2026-11-30", "月底前")]
    [InlineData("下月中旬", "Date", "2026-12-20", "下月中旬")]
    [InlineData("近期", "NeedsDate", null, "近期")]
    [InlineData("尽快启动", "NeedsDate", null, "尽快")]
    [InlineData("立即", "Window", "2026-12-02", "立即")]
    [InlineData("迅速", "Window", "2026-12-02", "迅速")]
    [InlineData("会后", "Window", "2026-12-02", "会后")]
    [InlineData("马上", "Window", "2026-12-02", "马上")]
    [InlineData("5个工作日内", "Date", "2026-12-04", "5个工作日内")]
    [InlineData("10日内", "Date", "2026-12-07", "10日内")]
    [InlineData("一周内", "Date", "2026-12-04", "一周内")]
    [InlineData("半个月内", "Date", "2026-12-12", "半个月内")]
    [InlineData("立行立改", "Window", "2026-12-02", "立行立改")]
    [InlineData("6月前", "Date", "2027-05-31", "6月前")]
    [InlineData("元旦前", "Date", "2026-12-31", "元旦前")]
    [InlineData("长期坚持", "Ongoing", null, "长期坚持")]
    [InlineData("常态化", "Ongoing", null, "常态化")]
    [InlineData("每年2月底前", "Date", "2027-02-28", "每年2月底前")]
    [InlineData("每月5日前", "Date", "2026-12-05", "每月5日前")]
    [InlineData("2026年12月15日前完成清理，2027年3月底前全面完成", "Date", "2027-03-31", "2027年3月底前")]
    [InlineData("今天", "Date", "2026-11-27", "今天")]
    [InlineData("昨天", "Date", "2026-11-26", "昨天")]
    [InlineData("我们处昨天下午开了干部职工大会", "Date", "2026-11-26", "昨天下午")]
    [InlineData("前天", "Date", "2026-11-25", "前天")]
    [InlineData("上周五", "Date", "2026-11-20", "上周五")]
    [InlineData("11月26日", "Date", "2026-11-26", "11月26日")]
    [InlineData("1月10日", "Date", "2027-01-10", "1月10日")]
    [InlineData("X月X日", "NeedsDate", null, "X月X日")]
    [InlineData("2026年3月1日—3月15日", "Date", "2026-03-15", "2026年3月1日—3月15日")]
    [InlineData("没有说时间", "None", null, "")]
    public void Resolves(string text, string kind, string? date, string expressionText)
    {
        var r = _resolver.Resolve(text, Ref);
        Assert.Equal(Enum.Parse<TimeKind>(kind), r.Kind);
        Assert.Equal(date is null ? null : DateOnly.Parse(date), r.Date);
        Assert.Equal(expressionText, r.Text);
    }

    [Fact]
    public void Recurring_deadline_is_marked_and_points_at_the_next_occurrence()
    {
        var r = _resolver.Resolve("规划科要在每年2月底前完成上年度统计年报", Ref);
        Assert.True(r.Recurring);
        Assert.Equal(new DateOnly(2027, 2, 28), r.Date);
    }

    [Fact]
    public void Window_uses_the_configured_days_and_working_day_calendar()
    {
        var holiday = new DateOnly(2026, 11, 30);
        var resolver = new ChineseTimeResolver(new TimeOptions
        {
            RelayWindowWorkingDays = 5,
            Calendar = new WorkingCalendar([new CalendarYear(holiday.Year, [holiday], [])]),
        });
        // Dec 1, 2, 3, 4, 7 — the Monday holiday and the weekend do not count.
        Assert.Equal(new DateOnly(2026, 12, 7), resolver.Resolve("立即", Ref).Date);
    }

    [Fact]
    public void Deadline_scan_ignores_narrated_time()
    {
        var found = _resolver.FindDeadlines("11月20日我局召开会议，对今天的会议精神昨天已作部署，请于12月10日前报送", Ref);
        var only = Assert.Single(found);
        Assert.Equal("12月10日前", only.Text);
        Assert.Equal(new DateOnly(2026, 12, 10), only.Date);
    }

    [Theory]
    [InlineData("各街道要在本通知印发之日起30日内完成摸底", "本通知印发之日起30日内", 30)]
    [InlineData("自收到本函之日起15日内书面回复", "自收到本函之日起15日内", 15)]
    public void Deadlines_relative_to_the_document_keep_their_words(string text, string written, int days)
    {
        var only = Assert.Single(_resolver.FindDeadlines(text, Ref));
        Assert.Equal(written, only.Text);
        Assert.Equal(Ref.AddDays(days), only.Date);
    }

    [Fact]
    public void Spring_festival_lies_beyond_the_table_needs_a_date()
    {
        Assert.Equal(TimeKind.NeedsDate, _resolver.Resolve("2031年春节前", Ref).Kind);
    }
}
