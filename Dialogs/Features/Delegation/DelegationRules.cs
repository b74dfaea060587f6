using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Delegation;

/// <summary>
/// 我12月10日到15日出差，由张三代理 · 12月10日至12月15日请张三代理我 · 取消代理 · 我的代理;
/// Zhang San acts for me from Dec 10 to Dec 15 · delegate to Zhang San from 2026-12-10 to 2026-12-15 · cancel my delegation · my delegations.
/// </summary>
public static partial class DelegationRules
{
    public static Intent? Match(string text, DateOnly today)
    {
        if (CancelWords().IsMatch(text)) return Intent.Of(DelegationCapability.Cancel);
        if (ListWords().IsMatch(text)) return Intent.Of(DelegationCapability.List);
        var who = Deputy().Match(text);
        if (!who.Success) return null;
        var (from, to) = Range(text, today);
        var slots = new List<(string, string)> { ("deputy", who.Groups["who"].Value.Trim()) };
        if (from is { } f) slots.Add(("from", ChatDates.Iso(f)));
        if (to is { } t) slots.Add(("to", ChatDates.Iso(t)));
        return Intent.Of(DelegationCapability.Set, slots.ToArray());
    }

    /// <summary>12月10日到15日 / 12月10日至12月15日 / from Dec 10 to Dec 15 / 2026-12-10 to 2026-12-15; one date is one day.</summary>
    public static (DateOnly? From, DateOnly? To) Range(string text, DateOnly today)
    {
        if (ChineseRange().Match(text) is { Success: true } m)
        {
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : today.Year;
            var m1 = int.Parse(m.Groups["m1"].Value, CultureInfo.InvariantCulture);
            var m2 = m.Groups["m2"].Success ? int.Parse(m.Groups["m2"].Value, CultureInfo.InvariantCulture) : m1;
            var from = Day(year, m1, int.Parse(m.Groups["d1"].Value, CultureInfo.InvariantCulture));
            var to = Day(year, m2, int.Parse(m.Groups["d2"].Value, CultureInfo.InvariantCulture));
            if (from is null || to is null) return (null, null);
            // 12月28日到1月3日 runs into the next year; otherwise dates are taken as written (a past or backwards range is refused).
            if (m2 < m1) to = to.Value.AddYears(1);
            return (from, to);
        }
        if (EnglishRange().Match(text) is { Success: true } e)
        {
            var from = ChatDates.Find(e.Groups["a"].Value, today);
            var to = ChatDates.Find(e.Groups["b"].Value, today);
            return (from, to);
        }
        var one = ChatDates.Find(text, today);
        return (one, one);
    }

    private static DateOnly? Day(int y, int m, int d) => m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    [GeneratedRegex(@"^\s*(?:取消|撤销|结束)(?:我的)?代理\s*$|^\s*cancel\s+(?:my\s+)?(?:delegation|deputy)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CancelWords();

    [GeneratedRegex(@"^\s*(?:我的代理|代理情况|查看代理|谁代理我|我代理谁)\s*$|^\s*(?:my\s+)?delegations?\s*$|^\s*who\s+(?:is\s+)?acts?\s+for\s+me\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListWords();

    [GeneratedRegex(@"(?:由|请|让|委托)\s*(?<who>[\p{IsCJKUnifiedIdeographs}·]{2,5}?)\s*(?:同志)?\s*(?:代理|代为处理|临时负责|代管|代签)|\bdelegate\s+to\s+(?<who>[\p{L}\p{IsCJKUnifiedIdeographs} ·]+?)\s+(?:from|on|between|until)\b|^\s*(?<who>[\p{L}\p{IsCJKUnifiedIdeographs} ·]+?)\s+(?:will\s+)?acts?\s+for\s+me\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deputy();

    [GeneratedRegex(@"(?:(?<y>\d{4})\s*年\s*)?(?<m1>\d{1,2})\s*月\s*(?<d1>\d{1,2})\s*[日号]?\s*(?:到|至|—|–|-|~|～)\s*(?:(?<m2>\d{1,2})\s*月\s*)?(?<d2>\d{1,2})\s*[日号]")]
    private static partial Regex ChineseRange();

    [GeneratedRegex(@"\bfrom\s+(?<a>.+?)\s+(?:to|until|through)\s+(?<b>[^,.;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishRange();
}
