using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;

namespace ChatBot.Dialogs.Features.OpenItems;

/// <summary>
/// "我的待办" in any phrasing, with its filters: 逾期的, 今天到期, 本周到期, 快到期, 市政工程处的,
/// 已办结, 待审核; "what do I still owe", "overdue items".
/// </summary>
internal static partial class OpenItemsRules
{
    public static Intent? Match(string text)
    {
        if (!Asking().IsMatch(text)) return null;
        var slots = new Dictionary<string, string>();
        if (Due(text) is { } due) slots["due"] = due;
        if (TextSlots.Unit(text) is { } unit) slots["unit"] = unit;
        if (Closed().IsMatch(text)) slots["status"] = "closed";
        else if (Pending().IsMatch(text)) slots["status"] = "pending";
        return new Intent(OpenItemsCapability.OpenItems, slots);
    }

    private static string? Due(string text) =>
        Overdue().IsMatch(text) ? "overdue"
        : Today().IsMatch(text) ? "today"
        : ThisWeek().IsMatch(text) ? "thisWeek"
        : Soon().IsMatch(text) ? "soon"
        : null;

    [GeneratedRegex(@"待办|没办|未办|没做|没完成|还有什么|还有哪些|任务|事项|逾期|超期|过期|到期|快到|截止|办结的|待审核|待销号|清单|open\s+items?|to-?dos?|what\s+do\s+i\s+(?:still\s+)?owe|my\s+(?:items|tasks|directives)|\bitems\b|\btasks\b|overdue|\bdue\b|outstanding|pending|what(?:'s| is)\s+left", RegexOptions.IgnoreCase)]
    private static partial Regex Asking();

    [GeneratedRegex(@"逾期|超期|过期|超时|延期|overdue|\blate\b|past\s+due", RegexOptions.IgnoreCase)]
    private static partial Regex Overdue();

    [GeneratedRegex(@"今天到期|今日到期|今天截止|今天要|due\s+today|today", RegexOptions.IgnoreCase)]
    private static partial Regex Today();

    [GeneratedRegex(@"本周|这周|这个星期|本星期|this\s+week", RegexOptions.IgnoreCase)]
    private static partial Regex ThisWeek();

    [GeneratedRegex(@"快到期|快要到期|即将到期|临近|马上到期|快截止|due\s+soon|coming\s+up|\bsoon\b|upcoming", RegexOptions.IgnoreCase)]
    private static partial Regex Soon();

    [GeneratedRegex(@"已办结|办结的|已完成的|已销号|closed|completed|finished\s+items|done\s+items", RegexOptions.IgnoreCase)]
    private static partial Regex Closed();

    [GeneratedRegex(@"待审核|待销号|审核中|待确认|awaiting\s+(?:approval|check-?off)|pending", RegexOptions.IgnoreCase)]
    private static partial Regex Pending();
}
