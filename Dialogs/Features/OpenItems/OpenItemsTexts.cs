using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.OpenItems;

internal static class OpenItemsTexts
{
    public static string Title(Lang lang, int count, OpenItemsFilter filter) => (lang, filter.Status, filter.Due) switch
    {
        (Lang.En, StatusFilter.Pending, _) => $"Awaiting check-off ({count})",
        (Lang.En, StatusFilter.SentBack, _) => $"Sent back ({count})",
        (Lang.En, StatusFilter.Closed, _) => $"Closed items ({count})",
        (Lang.En, _, DueFilter.Overdue) => $"Overdue items ({count})",
        (Lang.En, _, DueFilter.Soon) => $"Items due soon ({count})",
        (Lang.En, _, DueFilter.ThisWeek) => $"Items due this week ({count})",
        (Lang.En, _, DueFilter.Today) => $"Items due today ({count})",
        (Lang.En, _, _) => $"Your open items ({count})",
        (_, StatusFilter.Pending, _) => $"待销号审核事项（{count} 项）",
        (_, StatusFilter.SentBack, _) => $"被退回事项（{count} 项）",
        (_, StatusFilter.Closed, _) => $"已销号事项（{count} 项）",
        (_, _, DueFilter.Overdue) => $"逾期事项（{count} 项）",
        (_, _, DueFilter.Soon) => $"即将到期事项（{count} 项）",
        (_, _, DueFilter.ThisWeek) => $"本周到期事项（{count} 项）",
        (_, _, DueFilter.Today) => $"今日到期事项（{count} 项）",
        _ => $"我的待办（{count} 项）",
    };

    public static string None(Lang lang, OpenItemsFilter filter) => filter.IsNarrowed
        ? lang.Pick("没有符合条件的待办事项。", "No open items match that.")
        : lang.Pick("您目前没有待办事项。", "You have no open items.");

    public static string Scope(Lang lang, Member member, OpenItemsFilter filter)
    {
        var scope = member.IsOffice ? lang.Pick("范围：全局（督办员）", "Scope: the whole bureau (office)")
            : member.IsLeader ? lang.Pick("范围：分管单位及本人", "Scope: your portfolio and your own items")
            : member.ResponsibleUnitIds().Any() ? lang.Pick("范围：本单位及本人", "Scope: your unit and your own items")
            : lang.Pick("范围：本人", "Scope: your own items");
        if (filter.Unit is { } unit) scope += lang.Pick($" · 单位：{unit.Name}", $" · unit: {unit.Name}");
        if (filter.Meetings is { Count: > 0 } meetings) scope += lang.Pick($" · 会议：{string.Join("、", meetings.Select(m => m.Title))}", $" · meeting: {string.Join(", ", meetings.Select(m => m.Title))}");
        return scope;
    }

    public static string Due(Lang lang, Assignment a, DateOnly today)
    {
        if (a.Due is not { } due) return lang.Pick($"待定时限（{a.DeadlineText ?? "未写明"}）", $"needs a date ({a.DeadlineText ?? "none given"})");
        var days = due.DayNumber - today.DayNumber;
        var date = lang == Lang.En ? due.ToString("MMM d", System.Globalization.CultureInfo.InvariantCulture) : $"{due.Month}月{due.Day}日";
        if (!a.IsOpen) return lang.Pick($"{date} 截止", $"due {date}");
        return days switch
        {
            < 0 => lang.Pick($"{date} 已逾期 {-days} 天", $"{date}, {-days} day(s) overdue"),
            0 => lang.Pick($"{date} 今日到期", $"{date}, due today"),
            _ => lang.Pick($"{date} 截止（还有 {days} 天）", $"due {date} ({days} day(s) left)"),
        };
    }

    /// <summary>Status and percent when they say more than "dispatched".</summary>
    public static string? StatusLine(Lang lang, Assignment a)
    {
        var parts = new List<string>();
        if (a.Status is not AssignmentStatus.Dispatched) parts.Add(Cascade.CascadeTexts.StatusOf(lang, a));
        else if (a.ParentId is not null) parts.Add(lang.Pick("上级转派", "passed down"));
        if (a.Percent is { } p) parts.Add(lang.Pick($"完成 {p}%", $"{p}% done"));
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    public static string UnknownUnit(Lang lang, string words) => lang.Pick(
        $"名册中没有“{words}”这个单位，请检查单位名称或简称。",
        $"There is no unit called \"{words}\" on the roster; check the name or its short form.");

    public static string UnknownMeeting(Lang lang, string words) => lang.Pick(
        $"没有找到标题包含“{words}”的会议。",
        $"No meeting has \"{words}\" in its title.");

    public static string UnitSummary(Lang lang) => lang.Pick("各单位未完成事项", "Open items by unit");
    public static string Showing(Lang lang, int first, int last, int total) => lang.Pick($"第 {first}–{last} 项，共 {total} 项", $"Items {first}–{last} of {total}");
    public static string NextPage(Lang lang) => lang.Pick("下一页", "Next page");

    // Its line on the Help card and in the welcome.
    public static string HelpSay(Lang lang) => lang.Pick("我的待办", "my open items");
    public static string HelpWhat(Lang lang) => lang.Pick("查看您的待办事项，最紧急的在前（也可以说：逾期的、本周到期）", "your open items, most urgent first (also: overdue items, due this week)");
}
