using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.OpenItems;

internal static class OpenItemsTexts
{
    public static string Title(Lang lang, int count, DueFilter due) => (lang, due) switch
    {
        (Lang.En, DueFilter.Overdue) => $"Overdue items ({count})",
        (Lang.En, DueFilter.Soon) => $"Items due soon ({count})",
        (Lang.En, DueFilter.ThisWeek) => $"Items due this week ({count})",
        (Lang.En, _) => $"Your open items ({count})",
        (_, DueFilter.Overdue) => $"逾期事项（{count} 项）",
        (_, DueFilter.Soon) => $"即将到期事项（{count} 项）",
        (_, DueFilter.ThisWeek) => $"本周到期事项（{count} 项）",
        _ => $"我的待办（{count} 项）",
    };

    public static string None(Lang lang, DueFilter due) => due == DueFilter.Any
        ? lang.Pick("您目前没有待办事项。", "You have no open items.")
        : lang.Pick("没有符合条件的待办事项。", "No open items match that.");

    public static string Scope(Lang lang, Member member) =>
        member.IsOffice ? lang.Pick("范围：全局（督办员）", "Scope: the whole bureau (office)")
        : member.IsLeader ? lang.Pick("范围：分管单位及本人", "Scope: your portfolio and your own items")
        : member.ResponsibleUnitIds().Any() ? lang.Pick("范围：本单位及本人", "Scope: your unit and your own items")
        : lang.Pick("范围：本人", "Scope: your own items");

    public static string Due(Lang lang, Assignment a, DateOnly today)
    {
        if (a.Due is not { } due) return lang.Pick($"待定时限（{a.DeadlineText ?? "未写明"}）", $"needs a date ({a.DeadlineText ?? "none given"})");
        var days = due.DayNumber - today.DayNumber;
        var date = lang == Lang.En ? due.ToString("MMM d") : $"{due.Month}月{due.Day}日";
        return days switch
        {
            < 0 => lang.Pick($"{date} 已逾期 {-days} 天", $"{date}, {-days} day(s) overdue"),
            0 => lang.Pick($"{date} 今日到期", $"{date}, due today"),
            _ => lang.Pick($"{date} 截止（还有 {days} 天）", $"due {date} ({days} day(s) left)"),
        };
    }

    public static string UnitSummary(Lang lang) => lang.Pick("各单位未完成事项", "Open items by unit");
    public static string More(Lang lang, int shown, int total) => lang.Pick($"已显示 {shown}/{total} 项", $"Showing {shown} of {total}");
    public static string NextPage(Lang lang) => lang.Pick("下一页", "Next page");
    public static string Item(Lang lang, int number) => lang.Pick($"第{number}条", $"Item {number}");
}
