using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Portfolio;

internal static class PortfolioTexts
{
    public static string Title(Lang lang) => lang.Pick("我分管的单位", "My portfolio");
    public static string AsOf(Lang lang, DateOnly today) => lang.Pick($"截至{ItemTexts.Date(lang, today)}", $"As of {ItemTexts.Date(lang, today)}");
    public static string Totals(Lang lang, int units, int open, int week, int overdue, int relay) => lang.Pick(
        $"{units}个单位：在办{open}项，本周到期{week}项，逾期{overdue}项，传达待确认{relay}个",
        $"{units} unit(s): {open} open, {week} due this week, {overdue} overdue, {relay} relay meeting(s) pending");
    public static string UnitLine(Lang lang, int open, int week, int overdue, int relay) => lang.Pick(
        $"在办 {open} · 本周到期 {week} · 逾期 {overdue} · 传达待确认 {relay}",
        $"open {open} · due this week {week} · overdue {overdue} · relay pending {relay}");
    public static string DrillDown(Lang lang) => lang.Pick("查看事项", "Show items");
    public static string Summary(Lang lang, int units, int overdue) => lang.Pick($"您分管{units}个单位，逾期事项{overdue}项。", $"You are in charge of {units} unit(s); {overdue} item(s) overdue.");

    public static string UnitTitle(Lang lang, string unit) => lang.Pick($"{unit} · 在办事项", $"{unit} · open items");
    public static string NoOpen(Lang lang) => lang.Pick("没有在办事项。", "No open items.");
    public static string ItemRow(Lang lang, int number, string task, DateOnly? due, string status) => lang.Pick(
        $"第{number}条 {ItemTexts.Short(task, 60)} · 截止{(due is { } d ? ItemTexts.Date(lang, d) : "未定")} · {status}",
        $"Item {number} {ItemTexts.Short(task, 60)} · due {(due is { } d2 ? ItemTexts.Date(lang, d2) : "not set")} · {status}");
    public static string RelayHeading(Lang lang) => lang.Pick("传达待确认", "Relay meetings pending");
    public static string RelayRow(Lang lang, string meeting, DateOnly? due) => lang.Pick(
        $"“{ItemTexts.Short(meeting, 40)}”{(due is { } d ? "，应于" + ItemTexts.Date(lang, d) + "前" : "")}",
        $"\"{ItemTexts.Short(meeting, 40)}\"{(due is { } d2 ? ", due " + ItemTexts.Date(lang, d2) : "")}");
    public static string More(Lang lang, int n) => lang.Pick($"……另有{n}项，请问“我的待办”查看全部。", $"... {n} more; ask \"my open items\" for all of them.");
    public static string InstructionHint(Lang lang) => lang.Pick("对某一事项作批示：“第3条批示：请于周五前专题汇报”。", "To instruct on an item: \"instruction on item 3: report by Friday\".");

    public static string NotLeader(Lang lang) => lang.Pick(
        "“我分管的”供分管领导查看其分管单位；您没有分管单位。您的事项请问“我的待办”。",
        "\"My portfolio\" is for leaders and the units they are in charge of; you have none. For your items ask \"my open items\".");
    public static string NotInPortfolio(Lang lang, string unit) => lang.Pick($"{unit}不在您的分管范围内。", $"{unit} is not in your portfolio.");

    public static string HelpSay(Lang lang) => lang.Pick("我分管的", "my portfolio");
    public static string HelpWhat(Lang lang) => lang.Pick("分管领导查看所分管单位的在办、本周到期、逾期和传达情况，可逐个单位查看事项", "leaders: open, due this week, overdue and relay pending per unit in charge, with each unit's items");
}
