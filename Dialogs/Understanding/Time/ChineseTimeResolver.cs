using ChatBot.Dialogs.Understanding;
using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Understanding.Time;

/// <summary>
/// Resolves the time expressions of Chinese meeting texts and chat ("X月底前", "下旬", "年底之前", "春节前",
/// "近期", "立即", "长期坚持", "每年2月底前", "下周三", "昨天下午"…) against a reference date
/// (the meeting date, or today in chat). Deterministic and allocation-light: a fixed set of compiled rules.
/// </summary>
public sealed partial class ChineseTimeResolver
{
    private const string Num = @"(?:\d{1,2}|[一二三四五六七八九十两]{1,3}|[XxＸ×]{1,2})";
    private const string Year = @"(?:(?<y>\d{4}|二[〇○零一二三四五六七八九]{3}|[XxＸ×]{1,4}|今|明|次|去)年)";
    private const string Before = @"(?<sfx>前|之前|以前|为止|截止|内|之内)?";

    private readonly TimeOptions _options;
    private readonly (Regex Pattern, Func<Match, DateOnly, bool, TimeResolution?> Read)[] _rules;

    public ChineseTimeResolver(TimeOptions? options = null)
    {
        _options = options ?? new TimeOptions();
        _rules =
        [
            (RangeRule(), ReadRange),
            (EveryYearRule(), ReadEveryYear),
            (EveryMonthRule(), ReadEveryMonth),
            (EveryWeekRule(), ReadWeek),
            (MonthPartRule(), ReadMonthPart),
            (DayRule(), ReadDay),
            (YearEndRule(), ReadYearEnd),
            (QuarterRule(), ReadQuarter),
            (FestivalRule(), ReadFestival),
            (HolidayRule(), ReadHoliday),
            (WeekRule(), ReadWeek),
            (ThisMonthRule(), ReadThisMonth),
            (DayWordRule(), ReadDayWord),
            (WithinDaysRule(), ReadWithinDays),
            (WindowRule(), (m, r, _) => Window(m, r)),
            (VagueRule(), (m, _, _) => new(TimeKind.NeedsDate, null, m.Value)),
            (OngoingRule(), (m, _, _) => new(TimeKind.Ongoing, null, m.Value)),
        ];
    }

    /// <summary>
    /// Resolves a phrase or chat sentence ("昨天下午", "11月26日", "下周三前"). When several expressions occur
    /// the last wins, because staged deadlines ("…前完成…，…前全面完成") end with the one that counts.
    /// </summary>
    public TimeResolution Resolve(string text, DateOnly reference)
    {
        var found = Scan(text, reference, chat: true);
        return found.Count == 0 ? TimeResolution.None : found[^1];
    }

    /// <summary>
    /// Every deadline-like expression in a sentence, in order. Unlike <see cref="Resolve"/> it ignores what
    /// only narrates time ("昨天", a bare "11月26日" that is not followed by 前/完成), so a meeting date
    /// in a preamble is not taken for a deadline.
    /// </summary>
    public IReadOnlyList<TimeResolution> FindDeadlines(string text, DateOnly reference) => Scan(text, reference, chat: false);

    private List<TimeResolution> Scan(string text, DateOnly reference, bool chat)
    {
        var hits = new List<TimeResolution>();
        foreach (var (pattern, read) in _rules)
            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
                if (read(m, reference, chat) is { } r)
                    hits.Add(r with { Index = m.Index });
        // Longest match at the earliest position wins; overlapping shorter readings are dropped.
        hits.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Text.Length.CompareTo(a.Text.Length));
        var kept = new List<TimeResolution>(hits.Count);
        var end = 0;
        foreach (var h in hits)
        {
            if (h.Index < end) continue;
            kept.Add(h);
            end = h.Index + h.Text.Length;
        }
        return kept;
    }

    // ── rules ────────────────────────────────────────────────────────────────────────────────────────

    [GeneratedRegex($@"{Year}?(?<m>{Num})月(?<d>{Num})[日号]?\s*[—–\-－~～至到]\s*(?:(?<y2>\d{{4}})年)?(?:(?<m2>{Num})月)?(?<d2>{Num})[日号]")]
    private static partial Regex RangeRule();

    [GeneratedRegex($@"每年(?:的)?(?<m>{Num})月份?(?:(?<k>底|末|上旬|中旬|下旬)|(?<d>{Num})[日号])(?<sfx>前|之前|以前)?")]
    private static partial Regex EveryYearRule();

    [GeneratedRegex($@"每月(?:的)?(?:(?<k>底|末|上旬|中旬|下旬)|(?<d>{Num})[日号])(?<sfx>前|之前|以前)?")]
    private static partial Regex EveryMonthRule();

    [GeneratedRegex(@"(?<w>每周|每星期)(?<d>[一二三四五六日天1-7])(?<sfx>前|之前)?")]
    private static partial Regex EveryWeekRule();

    [GeneratedRegex($@"{Year}?(?<m>{Num})月份?(?<k>底|末|上旬|中旬|下旬|内|份?前|份?之前)(?<sfx>前|之前|以前)?")]
    private static partial Regex MonthPartRule();

    [GeneratedRegex($@"{Year}?(?<m>{Num})月(?<d>{Num})[日号](?<p>上午|下午|晚上|中午)?{Before}(?=(?<tail>.{{0,6}}))", RegexOptions.Singleline)]
    private static partial Regex DayRule();

    [GeneratedRegex(@"(?:(?<y>\d{4}|[XxＸ×]{1,4}|今|明|次)年年?|年)(?:底|末)(?<sfx>前|之前|以前)?|(?:(?<y>\d{4}|今|明)年)?年内|本年度内?")]
    private static partial Regex YearEndRule();

    [GeneratedRegex($@"{Year}?(?:第?(?<q>[一二三四1-4])季度|(?<h>上半年|下半年))(?:末|底)?(?<sfx>前|之前|内)?")]
    private static partial Regex QuarterRule();

    [GeneratedRegex(@"(?:(?<y>\d{4})年)?(?<f>春节|元旦|国庆节?|五一)(?<sfx>前|之前|以前)")]
    private static partial Regex FestivalRule();

    [GeneratedRegex(@"(?<w>本周|这周|本星期|下周|下星期|下个星期|上周|上星期)(?<d>[一二三四五六日天])?(?<sfx>前|之前|内|末)?")]
    private static partial Regex WeekRule();

    [GeneratedRegex(@"(?<w>本月|当月|这个月|下月|下个月|(?<![\dXxＸ×一二三四五六七八九十年])月)(?<k>底|末|内|上旬|中旬|下旬)?(?<sfx>前|之前)?")]
    private static partial Regex ThisMonthRule();

    [GeneratedRegex(@"(?<w>今天|今日|昨天|昨日|前天|明天|明日|后天)(?<p>上午|下午|晚上|中午)?(?<sfx>下班前|前|之前|内)?")]
    private static partial Regex DayWordRule();

    /// <summary>"3个工作日内", and relative to the document: "本通知印发之日起30日内", "自收到本函之日起15个工作日内".</summary>
    [GeneratedRegex(@"(?:(?:自|从)?(?:本|该)?(?:通知|意见|方案|办法|函|文件|决定|纪要)?(?:印发|下发|发布|公布|收到[^，。；]{0,12}?)之日起)?(?<n>\d{1,3}|[一二三四五六七八九十两半]{1,3})个?(?<u>工作日|日|天|周|星期|月)(?:内|之内)")]
    private static partial Regex WithinDaysRule();

    [GeneratedRegex(@"立即|立刻|马上|迅速|即刻|第一时间|会后|立行立改|即知即改")]
    private static partial Regex WindowRule();

    [GeneratedRegex(@"近期|尽快|尽早|抓紧时间|及早|早日|适时")]
    private static partial Regex VagueRule();

    /// <summary>
    /// "长期坚持", "实行常态化管理": the work itself goes on. Not when the word describes a thing the task
    /// builds or studies: after 的/其/之 ("…的长期监测工作", "其长期变化") or before the mechanism or system
    /// it qualifies ("建立常态化巡查机制" is done once the mechanism exists).
    /// </summary>
    [GeneratedRegex(@"(?<![的其之])(?:长期坚持|常态化|长效化|长期)(?![\u4e00-\u9fa5]{0,4}?(?:机制|制度|体系))")]
    private static partial Regex OngoingRule();

    // ── readers ──────────────────────────────────────────────────────────────────────────────────────

    private static bool Anonymised(Match m, params string[] groups) =>
        groups.Any(g => m.Groups[g].Success && m.Groups[g].Value.Any(c => c is 'X' or 'x' or 'Ｘ' or '×'));

    private static TimeResolution NeedsDate(Match m) => new(TimeKind.NeedsDate, null, m.Value);

    private static int? YearOf(Match m, DateOnly reference, string group = "y")
    {
        if (!m.Groups[group].Success) return null;
        return m.Groups[group].Value switch
        {
            "今" => reference.Year,
            "明" or "次" => reference.Year + 1,
            "去" => reference.Year - 1,
            var v => ChineseNumerals.Parse(v),
        };
    }

    /// <summary>
    /// A date written without a year. Deadlines roll to next year only when clearly meant: more than two
    /// months in the past ("3月底前" said in November is next March; "10月底前" said on 11-27 is overdue,
    /// not next October). Narrated dates ("11月26日") take the nearest occurrence.
    /// </summary>
    private static DateOnly? Place(int? year, int month, Func<int, int> day, DateOnly reference, bool deadline)
    {
        if (month is < 1 or > 12) return null;
        int Day(int y) => Math.Min(day(y), DateTime.DaysInMonth(y, month));
        if (year is { } y0) return day(y0) > DateTime.DaysInMonth(y0, month) ? null : new DateOnly(y0, month, Day(y0));
        var y = reference.Year;
        if (day(y) > 31) return null;
        var d = new DateOnly(y, month, Day(y));
        if (deadline) return d < reference.AddDays(-60) ? new DateOnly(y + 1, month, Day(y + 1)) : d;
        if (d > reference.AddDays(183)) return new DateOnly(y - 1, month, Day(y - 1));
        if (d < reference.AddDays(-183)) return new DateOnly(y + 1, month, Day(y + 1));
        return d;
    }

    private static int DayOfPart(string part, int year, int month) => part switch
    {
        "上旬" => 10,
        "中旬" => 20,
        _ => DateTime.DaysInMonth(year, month),
    };

    private TimeResolution? ReadRange(Match m, DateOnly reference, bool chat)
    {
        if (Anonymised(m, "y", "m2", "d2", "m")) return NeedsDate(m);
        var month = ChineseNumerals.Parse(m.Groups["m2"].Success ? m.Groups["m2"].Value : m.Groups["m"].Value);
        var day = ChineseNumerals.Parse(m.Groups["d2"].Value);
        var year = m.Groups["y2"].Success ? int.Parse(m.Groups["y2"].Value) : YearOf(m, reference);
        if (month is null || day is null) return null;
        var d = Place(year, month.Value, _ => day.Value, reference, deadline: true);
        return d is null ? NeedsDate(m) : new(TimeKind.Date, d, m.Value);
    }

    private TimeResolution? ReadEveryYear(Match m, DateOnly reference, bool chat)
    {
        if (Anonymised(m, "m", "d")) return NeedsDate(m) with { Recurring = true };
        var month = ChineseNumerals.Parse(m.Groups["m"].Value);
        if (month is null or < 1 or > 12) return null;
        int Day(int y) => m.Groups["k"].Success ? DayOfPart(m.Groups["k"].Value, y, month.Value) : ChineseNumerals.Parse(m.Groups["d"].Value) ?? 99;
        if (Day(reference.Year) > 31) return null;
        var d = new DateOnly(reference.Year, month.Value, Math.Min(Day(reference.Year), DateTime.DaysInMonth(reference.Year, month.Value)));
        if (d < reference) d = new DateOnly(reference.Year + 1, month.Value, Math.Min(Day(reference.Year + 1), DateTime.DaysInMonth(reference.Year + 1, month.Value)));
        return new(TimeKind.Date, d, m.Value) { Recurring = true };
    }

    private TimeResolution? ReadEveryMonth(Match m, DateOnly reference, bool chat)
    {
        if (Anonymised(m, "d")) return NeedsDate(m) with { Recurring = true };
        DateOnly? InMonth(DateOnly month)
        {
            var dim = DateTime.DaysInMonth(month.Year, month.Month);
            var day = m.Groups["k"].Success ? DayOfPart(m.Groups["k"].Value, month.Year, month.Month) : ChineseNumerals.Parse(m.Groups["d"].Value) ?? 99;
            return day > 31 ? null : new DateOnly(month.Year, month.Month, Math.Min(day, dim));
        }
        var first = new DateOnly(reference.Year, reference.Month, 1);
        var d = InMonth(first);
        if (d is null) return null;
        if (d < reference) d = InMonth(first.AddMonths(1));
        return new(TimeKind.Date, d, m.Value) { Recurring = true };
    }

    private TimeResolution? ReadMonthPart(Match m, DateOnly reference, bool chat)
    {
        if (Anonymised(m, "y", "m")) return NeedsDate(m);
        var month = ChineseNumerals.Parse(m.Groups["m"].Value);
        if (month is null or < 1 or > 12) return null;
        var part = m.Groups["k"].Value;
        var year = YearOf(m, reference);
        if (part.EndsWith('前')) // "6月前": before June begins
        {
            var start = Place(year, month.Value, _ => 1, reference, deadline: true);
            return start is null ? null : new(TimeKind.Date, start.Value.AddDays(-1), m.Value);
        }
        var d = Place(year, month.Value, y => part == "内" ? 99 : DayOfPart(part, y, month.Value), reference, deadline: true);
        return d is null ? NeedsDate(m) : new(TimeKind.Date, d, m.Value);
    }

    private TimeResolution? ReadDay(Match m, DateOnly reference, bool chat)
    {
        var tail = m.Groups["tail"].Value;
        var text = m.Value;
        var saysDeadline = m.Groups["sfx"].Success || DeadlineTail().IsMatch(tail);
        if (!chat && !saysDeadline) return null;
        if (Anonymised(m, "y", "m", "d")) return new(TimeKind.NeedsDate, null, text);
        var month = ChineseNumerals.Parse(m.Groups["m"].Value);
        var day = ChineseNumerals.Parse(m.Groups["d"].Value);
        if (month is null || day is null) return null;
        var d = Place(YearOf(m, reference), month.Value, _ => day.Value, reference, deadline: saysDeadline);
        return d is null ? new(TimeKind.NeedsDate, null, text) : new(TimeKind.Date, d, text);
    }

    [GeneratedRegex(@"^(?:完成|办结|截止|到期|报送|上报|报|前)")]
    private static partial Regex DeadlineTail();

    private TimeResolution? ReadYearEnd(Match m, DateOnly reference, bool chat)
    {
        if (Anonymised(m, "y")) return NeedsDate(m);
        var year = YearOf(m, reference) ?? reference.Year;
        return new(TimeKind.Date, new DateOnly(year, 12, 31), m.Value);
    }

    private TimeResolution? ReadQuarter(Match m, DateOnly reference, bool chat)
    {
        if (Anonymised(m, "y")) return NeedsDate(m);
        var year = YearOf(m, reference);
        var endMonth = m.Groups["h"].Success
            ? (m.Groups["h"].Value == "上半年" ? 6 : 12)
            : 3 * (ChineseNumerals.Parse(m.Groups["q"].Value) ?? 4);
        var d = Place(year, endMonth, y => DateTime.DaysInMonth(y, endMonth), reference, deadline: true);
        return new(TimeKind.Date, d, m.Value);
    }

    private TimeResolution? ReadFestival(Match m, DateOnly reference, bool chat)
    {
        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : (int?)null;
        DateOnly? festival = m.Groups["f"].Value switch
        {
            "春节" => year is { } y ? SpringFestival.In(y) : SpringFestival.Next(reference),
            "元旦" => Place(year, 1, _ => 1, reference, deadline: true),
            "五一" => Place(year, 5, _ => 1, reference, deadline: true),
            _ => Place(year, 10, _ => 1, reference, deadline: true),
        };
        // "春节前" is due the day before the holiday begins.
        return festival is null ? NeedsDate(m) : new(TimeKind.Date, festival.Value.AddDays(-1), m.Value);
    }

    private TimeResolution? ReadWeek(Match m, DateOnly reference, bool chat)
    {
        var w = m.Groups["w"].Value;
        if (!chat && w.StartsWith('上')) return null;
        var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7));
        if (w.StartsWith('每'))
        {
            var wd = ChineseNumerals.Weekday(m.Groups["d"].Value)!.Value;
            var next = monday.AddDays(((int)wd + 6) % 7);
            if (next < reference) next = next.AddDays(7);
            return new(TimeKind.Date, next, m.Value) { Recurring = true };
        }
        var week = w.StartsWith('下') ? monday.AddDays(7) : w.StartsWith('上') ? monday.AddDays(-7) : monday;
        if (m.Groups["d"].Success)
            return new(TimeKind.Date, week.AddDays(((int)ChineseNumerals.Weekday(m.Groups["d"].Value)!.Value + 6) % 7), m.Value);
        // A whole week as a deadline means its last working day.
        return new(TimeKind.Date, _options.Calendar.OnOrBefore(week.AddDays(6)), m.Value);
    }

    private TimeResolution? ReadThisMonth(Match m, DateOnly reference, bool chat)
    {
        var w = m.Groups["w"].Value;
        if (w == "月" && !m.Groups["k"].Success) return null; // a lone 月 is not a time expression
        var first = new DateOnly(reference.Year, reference.Month, 1);
        if (w.StartsWith('下')) first = first.AddMonths(1);
        var part = m.Groups["k"].Success ? m.Groups["k"].Value : "底";
        var dim = DateTime.DaysInMonth(first.Year, first.Month);
        var day = part is "上旬" or "中旬" ? DayOfPart(part, first.Year, first.Month) : dim;
        return new(TimeKind.Date, new DateOnly(first.Year, first.Month, day), m.Value);
    }

    private TimeResolution? ReadDayWord(Match m, DateOnly reference, bool chat)
    {
        var offset = m.Groups["w"].Value switch
        {
            "今天" or "今日" => 0, "昨天" or "昨日" => -1, "前天" => -2, "明天" or "明日" => 1, _ => 2,
        };
        // In a speech "今天的会议" narrates; only "今天下班前/明天前" is a deadline.
        if (!chat && (offset < 0 || !m.Groups["sfx"].Success)) return null;
        return new(TimeKind.Date, reference.AddDays(offset), m.Value);
    }

    private TimeResolution? ReadWithinDays(Match m, DateOnly reference, bool chat)
    {
        var half = m.Groups["n"].Value == "半";
        var n = half ? 0 : ChineseNumerals.Parse(m.Groups["n"].Value);
        if (n is null) return null;
        var d = m.Groups["u"].Value switch
        {
            "工作日" => _options.Calendar.AddWorkingDays(reference, n.Value),
            "周" or "星期" => reference.AddDays(7 * n.Value),
            "月" => half ? reference.AddDays(15) : reference.AddMonths(n.Value),
            _ => reference.AddDays(n.Value),
        };
        return new(TimeKind.Date, d, m.Value);
    }

    private TimeResolution Window(Match m, DateOnly reference) =>
        new(TimeKind.Window, _options.Calendar.AddWorkingDays(reference, _options.RelayWindowWorkingDays), m.Value);
}
