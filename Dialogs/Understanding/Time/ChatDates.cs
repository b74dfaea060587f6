using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Understanding.Time;

/// <summary>
/// Dates as people say them in chat, resolved against the bureau's today: 今天, 昨天(下午), 前天,
/// 上周五, 周三, 下周三, 本周, 月底, 11月26日, 2026-11-26, yesterday, last Friday, next Wednesday.
/// Chat talks about days, so the time of day (下午, 9点) is ignored. Meeting deadlines (X月底前,
/// 上旬, 春节前…) are a different problem and live in the intake's resolver.
/// </summary>
public static partial class ChatDates
{
    /// <summary>The first date expression in <paramref name="text"/>, or null.</summary>
    public static DateOnly? Find(string text, DateOnly today)
    {
        foreach (Match m in DatePattern().Matches(text.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant()))
        {
            if (Resolve(m, today) is { } date) return date;
        }
        return null;
    }

    /// <summary>As <see cref="Find"/>, formatted yyyy-MM-dd (the slot format).</summary>
    public static string? FindIso(string text, DateOnly today) => Find(text, today) is { } d ? Iso(d) : null;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Resolve(Match m, DateOnly today)
    {
        var g = m.Groups;
        if (g["y"].Success) return Safe(int.Parse(g["y"].Value), int.Parse(g["ym"].Value), int.Parse(g["yd"].Value));
        if (g["m"].Success) return Safe(today.Year, int.Parse(g["m"].Value), int.Parse(g["d"].Value));
        if (g["en"].Success) return Safe(today.Year, EnglishMonth(g["en"].Value), int.Parse(g["end"].Value));
        if (g["rel"].Success)
        {
            return g["rel"].Value switch
            {
                "今天" or "今日" or "today" or "tonight" or "this morning" or "this afternoon" => today,
                "昨天" or "昨日" or "昨晚" or "yesterday" => today.AddDays(-1),
                "前天" or "the day before yesterday" => today.AddDays(-2),
                "明天" or "明日" or "tomorrow" => today.AddDays(1),
                "后天" or "the day after tomorrow" => today.AddDays(2),
                _ => null,
            };
        }
        if (g["wd"].Success)
        {
            var day = Weekday(g["wd"].Value);
            var week = g["wk"].Value switch
            {
                "上" or "last" => -1,
                "下" or "next" => 1,
                _ => 0,
            };
            // "last Friday" in English is the latest Friday before today; 上周五 is Friday of last week.
            // They differ only early in the week, and the English reading is what an English speaker means.
            if (g["wk"].Value == "last")
            {
                var back = ((int)today.DayOfWeek - (day % 7) + 7) % 7;
                return today.AddDays(back == 0 ? -7 : -back);
            }
            return Monday(today).AddDays(7 * week + day - 1);
        }
        if (g["week"].Success)
        {
            // A week named as a date means its last working day: the bureau's week ends on Friday.
            var week = g["week"].Value is "下周" or "下星期" or "next week" ? 1 : 0;
            return Monday(today).AddDays(7 * week + 4);
        }
        if (g["monthEnd"].Success)
        {
            var first = new DateOnly(today.Year, today.Month, 1);
            if (g["monthEnd"].Value.StartsWith('下') || g["monthEnd"].Value.Contains("next")) first = first.AddMonths(1);
            return first.AddMonths(1).AddDays(-1);
        }
        if (g["yearEnd"].Success) return new DateOnly(today.Year, 12, 31);
        return null;
    }

    private static int EnglishMonth(string name) =>
        Array.FindIndex(EnglishMonths, m => name.StartsWith(m, StringComparison.Ordinal)) + 1;

    private static readonly string[] EnglishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    /// <summary>Monday = 1 … Sunday = 7.</summary>
    private static int Weekday(string w) => w switch
    {
        "一" or "1" or "monday" => 1,
        "二" or "2" or "tuesday" => 2,
        "三" or "3" or "wednesday" => 3,
        "四" or "4" or "thursday" => 4,
        "五" or "5" or "friday" => 5,
        "六" or "6" or "saturday" => 6,
        _ => 7,
    };

    private static DateOnly? Safe(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    [GeneratedRegex(
        @"(?<y>20\d\d)\s*[-/年.]\s*(?<ym>\d{1,2})\s*[-/月.]\s*(?<yd>\d{1,2})\s*[日号]?" +
        @"|(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*[日号]" +
        @"|\b(?<en>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<end>\d{1,2})(?:st|nd|rd|th)?\b" +
        @"|\b(?<end>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<en>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*" +
        @"|(?<rel>the day before yesterday|the day after tomorrow|今天|今日|昨天|昨日|昨晚|前天|明天|明日|后天|today|tonight|this morning|this afternoon|yesterday|tomorrow)" +
        @"|(?:(?<wk>上|下|本|这)个?)?(?:周|星期|礼拜)(?<wd>[一二三四五六日天1-7])" +
        @"|(?:(?<wk>last|next|this|on)\s+)?(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)" +
        @"|(?<week>本周|这周|这个星期|本星期|下周|下星期|this week|next week)" +
        @"|(?<monthEnd>下个?月底|本月底|月底|end of (?:the |this )?month|end of next month)" +
        @"|(?<yearEnd>年底|年末|end of (?:the |this )?year)")]
    private static partial Regex DatePattern();
}
