using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Understanding.Cadence;

namespace ChatBot.Dialogs.Features.Cadence;

/// <summary>What reporting cadences say, in zh-CN and en-US.</summary>
public static class CadenceTexts
{
    public static string HelpSay(Lang lang) => lang.Pick("第3条 每周五前报进展", "set item 3 to report every Friday");
    public static string HelpWhat(Lang lang) => lang.Pick(
        "设置事项的报送要求（每周五前 / 每月5日前 / 会后N个工作日），到时请承办单位一键报送；“第3条 取消报送要求”取消",
        "set an item's reporting cadence (every Friday / monthly by the 5th / N working days after the meeting); owners are asked with one-tap answers. \"item 3 no regular reports\" removes it");

    private static readonly string[] ZhDays = ["日", "一", "二", "三", "四", "五", "六"];

    /// <summary>每周五前 / every Friday; 每月5日前 / monthly by the 5th; 每月底前; 会后3个工作日内.</summary>
    public static string Describe(Lang lang, ReportCadenceRule rule) => rule.Kind switch
    {
        CadenceKind.Weekly => lang.Pick($"每周{ZhDays[(int)rule.Weekday]}前", $"every {rule.Weekday}"),
        CadenceKind.Monthly when rule.MonthDay >= 31 => lang.Pick("每月底前", "by the end of each month"),
        CadenceKind.Monthly => lang.Pick($"每月{rule.MonthDay}日前", $"monthly by the {Ordinal(rule.MonthDay)}"),
        _ => lang.Pick($"会后{rule.WorkingDays}个工作日内", rule.WorkingDays == 1 ? "1 working day after the meeting" : $"{rule.WorkingDays} working days after the meeting"),
    };

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    /// <summary>A cadence as the audit keeps it: W5 (Friday), M5, M31, A3.</summary>
    public static string Code(ReportCadenceRule rule) => rule.Kind switch
    {
        CadenceKind.Weekly => $"W{(int)rule.Weekday}",
        CadenceKind.Monthly => $"M{rule.MonthDay}",
        _ => $"A{rule.WorkingDays}",
    };

    public static ReportCadenceRule? FromCode(string? code) =>
        code is { Length: >= 2 } && int.TryParse(code[1..], out var n)
            ? code[0] switch
            {
                'W' when n is >= 0 and <= 6 => ReportCadenceRule.Weekly((DayOfWeek)n),
                'M' => ReportCadenceRule.Monthly(n),
                'A' => ReportCadenceRule.AfterMeeting(n),
                _ => null,
            }
            : null;

    /// <summary>The line of an item's history: 报送要求：每周五前 / reporting: every Friday (or removed).</summary>
    public static string History(Lang lang, string? code) => FromCode(code) is { } rule
        ? lang.Pick($"报送要求：{Describe(lang, rule)}", $"reporting cadence: {Describe(lang, rule)}")
        : lang.Pick("取消报送要求", "reporting cadence removed");

    /// <summary>The intake review's line under an item whose text carries a cadence.</summary>
    public static string Review(Lang lang, ReportCadenceRule rule) => lang.Pick($"报送：{Describe(lang, rule)}", $"Reporting: {Describe(lang, rule)}");

    public static string Set(Lang lang, int number, ReportCadenceRule rule) => lang.Pick(
        $"已设置第{number}条的报送要求：{Describe(lang, rule)}。到时将请承办单位一键报送进展，未报送的列入督办日报。",
        $"Item {number} now reports {Describe(lang, rule)}. Its owners will be asked with one-tap answers; a missed report shows in the daily digest.");
    public static string Cleared(Lang lang, int number) => lang.Pick($"已取消第{number}条的报送要求。", $"Item {number} no longer has a reporting cadence.");
    public static string NoneToClear(Lang lang, int number) => lang.Pick($"第{number}条没有设置报送要求。", $"Item {number} has no reporting cadence.");
    public static string OfficeOnly(Lang lang) => lang.Pick("只有督办员可以设置报送要求。", "Only the office can set a reporting cadence.");
    public static string NotUnderstood(Lang lang) => lang.Pick(
        "没有听懂报送要求。可以说：第3条 每周五前报进展 / 第3条 每月5日前报送 / 第3条 会后3个工作日内报送。",
        "I could not read the cadence. Try: set item 3 to report every Friday / monthly by the 5th / 3 working days after the meeting.");
    public static string Closed(Lang lang, int number) => lang.Pick($"第{number}条已办结或正在销号，不再设置报送要求。", $"Item {number} is closed or awaiting check-off; no cadence is set.");
    public static string Proposal(Lang lang) => lang.Pick("设置报送要求", "set a reporting cadence");

    // The ask card.
    public static string AskLead(Lang lang, int number, ReportCadenceRule? rule, DateOnly day) => lang.Pick(
        $"第{number}条按要求（{(rule is null ? "" : Describe(lang, rule))}）应于{ReminderTexts.For(lang).Date(day)}报送进展，请一键报送：",
        $"Item {number} reports {(rule is null ? "" : Describe(lang, rule))}; a report is due {ReminderTexts.For(lang).Date(day)}. Answer with one tap:");
    public static string NoteLabel(Lang lang) => lang.Pick("补充说明（选填，200字以内）", "A short note (optional, up to 200 characters)");
    public static string Answer(Lang lang, string code) => code switch
    {
        ReportAnswers.OnTrack => lang.Pick("按计划推进", "On track"),
        ReportAnswers.NoChange => lang.Pick("本期无变化", "No change this period"),
        _ => lang.Pick("遇到困难", "Having difficulties"),
    };

    public static string Recorded(Lang lang, int number, string code) => lang.Pick(
        $"已记录第{number}条本期进展：{Answer(lang, code)}。", $"Recorded item {number}'s report for this period: {Answer(lang, code)}.");
    public static string AnsweredTitle(Lang lang) => lang.Pick("已报送进展", "Progress reported");
    public static string AnsweredBy(Lang lang, string code, string name, string when, string? note) => lang.Pick(
        $"{Answer(lang, code)}（{name}，{when}）" + (string.IsNullOrEmpty(note) ? "" : $"：{note}"),
        $"{Answer(lang, code)} ({name}, {when})" + (string.IsNullOrEmpty(note) ? "" : $": {note}"));
    public static string AlreadyAnswered(Lang lang, int number, string name, string code) => lang.Pick(
        $"第{number}条本期进展已由{name}报送（{Answer(lang, code)}），无需再次报送。",
        $"Item {number}'s report for this period was already given by {name} ({Answer(lang, code)}); nothing more is needed.");
    public static string AskGone(Lang lang) => lang.Pick("这份报送提醒已失效。", "This report request is no longer valid.");
    public static string NoteTooLong(Lang lang, int max) => lang.Pick($"补充说明最多{max}字，请精简后再报送。", $"The note is limited to {max} characters; please shorten it.");
    public static string NotYours(Lang lang, int number) => lang.Pick($"第{number}条不是您负责的事项，不能替其报送。", $"Item {number} is not yours to report on.");
    public static string ItemClosed(Lang lang, int number) => lang.Pick($"第{number}条已办结或正在销号，无需报送。", $"Item {number} is closed or awaiting check-off; no report is needed.");
}
