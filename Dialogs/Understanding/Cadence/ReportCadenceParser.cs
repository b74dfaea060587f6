using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Understanding.Cadence;

/// <summary>
/// Reads a reporting cadence out of a directive or an office's sentence: 每周五前报进展, 每星期一上报,
/// 每月5日前报送, 每月十日前反馈, 每月底前汇报, 会后3个工作日内报送, 会后五个工作日报告; in English "report every
/// Friday", "weekly by Friday", "monthly by the 5th", "by the 10th of each month", "3 working days after
/// the meeting". A cadence needs a word of reporting next to it (报/报送/上报/反馈/汇报/report), so a weekly
/// meeting (每周五例会) is not taken for one. Null when the text holds none.
/// </summary>
public static partial class ReportCadenceParser
{
    public static ReportCadenceRule? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Normalize(System.Text.NormalizationForm.FormKC);
        if (ZhWeekly().Match(t) is { Success: true } w && ChineseNumerals.Weekday(w.Groups["d"].Value) is { } day)
            return ReportCadenceRule.Weekly(day);
        if (ZhMonthEnd().IsMatch(t)) return ReportCadenceRule.Monthly(31);
        if (ZhMonthly().Match(t) is { Success: true } m && ChineseNumerals.Parse(m.Groups["n"].Value) is { } n and >= 1 and <= 31)
            return ReportCadenceRule.Monthly(n);
        if (ZhAfterMeeting().Match(t) is { Success: true } a && ChineseNumerals.Parse(a.Groups["n"].Value) is { } days and >= 1 and <= 60)
            return ReportCadenceRule.AfterMeeting(days);
        if (EnWeekly().Match(t) is { Success: true } ew && EnWeekday(ew.Groups["d"].Value) is { } enDay)
            return ReportCadenceRule.Weekly(enDay);
        if (EnMonthly().Match(t) is { Success: true } em && int.TryParse(em.Groups["n"].Value, out var en) && en is >= 1 and <= 31)
            return ReportCadenceRule.Monthly(en);
        if (EnAfterMeeting().Match(t) is { Success: true } ea && EnNumber(ea.Groups["n"].Value) is { } enDays and >= 1 and <= 60)
            return ReportCadenceRule.AfterMeeting(enDays);
        return null;
    }

    private static DayOfWeek? EnWeekday(string s) => s.ToLowerInvariant()[..3] switch
    {
        "mon" => DayOfWeek.Monday, "tue" => DayOfWeek.Tuesday, "wed" => DayOfWeek.Wednesday, "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday, "sat" => DayOfWeek.Saturday, "sun" => DayOfWeek.Sunday, _ => null,
    };

    private static int? EnNumber(string s) => int.TryParse(s, out var n) ? n : s.ToLowerInvariant() switch
    {
        "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "ten" => 10, _ => null,
    };

    private const string Report = "(?:报送|上报|报告|汇报|反馈|报)";

    [GeneratedRegex(@"每(?:周|星期|礼拜)(?<d>[一二三四五六日天1-7])(?:之前|以前|前)?(?:[^，。；,;]{0,6}?)" + Report)]
    private static partial Regex ZhWeekly();

    [GeneratedRegex(@"每(?:个)?月(?:底|末)(?:之前|以前|前)?(?:[^，。；,;]{0,6}?)" + Report)]
    private static partial Regex ZhMonthEnd();

    [GeneratedRegex(@"每(?:个)?月(?<n>\d{1,2}|[一二三四五六七八九十]{1,3})(?:日|号)(?:之前|以前|前)?(?:[^，。；,;]{0,6}?)" + Report)]
    private static partial Regex ZhMonthly();

    [GeneratedRegex(@"会后(?<n>\d{1,2}|[一二两三四五六七八九十]{1,3})个?工作日(?:内|之内)?(?:[^，。；,;]{0,6}?)" + Report)]
    private static partial Regex ZhAfterMeeting();

    [GeneratedRegex(@"\b(?:report\w*\s+(?:progress\s+)?(?:every|each)\s+|weekly\s+(?:by|on)\s+|every\s+)(?<d>mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnWeekly();

    [GeneratedRegex(@"\bmonthly\s+(?:by|on)\s+the\s+(?<n>\d{1,2})(?:st|nd|rd|th)?\b|\bby\s+the\s+(?<n>\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?:each|every)\s+month\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnMonthly();

    [GeneratedRegex(@"\b(?<n>\d{1,2}|one|two|three|four|five|six|seven|ten)\s+working\s+days?\s+after\s+the\s+meeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnAfterMeeting();
}
