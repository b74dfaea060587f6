using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Reminders;

namespace ChatBot.Dialogs.Features.ReminderSettings;

/// <summary>What 我的提醒设置 says, in zh-CN and en-US.</summary>
internal static class ReminderSettingsTexts
{
    // Its line on the Help card and in the welcome.
    public static string HelpSay(Lang lang) => lang.Pick("我的提醒设置", "my reminder settings");
    public static string HelpWhat(Lang lang) => lang.Pick("提醒是否暂停、何时发送，以及您会收到哪些提醒", "whether your reminders are paused, when they are sent, and what you are reminded about");

    public static string Title(Lang lang) => lang.Pick("我的提醒设置", "My reminder settings");

    public static string StatusLabel(Lang lang) => lang.Pick("状态", "Status");
    public static string Receiving(Lang lang) => lang.Pick("正常接收", "On");
    public static string PausedUntil(Lang lang, DateOnly until) => lang.Pick(
        $"已暂停，至{ReminderTexts.For(lang).Date(until)}（含）", $"Paused until {ReminderTexts.For(lang).Date(until)} inclusive");

    public static string HoursLabel(Lang lang) => lang.Pick("发送时间", "Sent");
    public static string Hours(Lang lang, TimeOnly start, TimeOnly end) => lang.Pick(
        $"工作日 {start:HH\\:mm}–{end:HH\\:mm}", $"working days, {start:HH\\:mm}–{end:HH\\:mm}");

    public static string ApproachingLabel(Lang lang) => lang.Pick("临近提醒", "Due soon");
    public static string Approaching(Lang lang, int days) => days == 0
        ? lang.Pick("截止当天", "on the deadline day")
        : lang.Pick($"截止前 {days} 个工作日起", days == 1 ? "from 1 working day before the deadline" : $"from {days} working days before the deadline");

    public static string OverdueLabel(Lang lang) => lang.Pick("逾期提醒", "Overdue");
    public static string Overdue(Lang lang, int cadence) => cadence == 1
        ? lang.Pick("逾期后每个工作日一次", "every working day once overdue")
        : lang.Pick($"逾期后每 {cadence} 个工作日一次", $"every {cadence} working days once overdue");

    public static string EscalationLabel(Lang lang) => lang.Pick("逾期督办", "Escalation");
    public static string Escalation(Lang lang, int days) => lang.Pick(
        $"逾期 {days} 个工作日后告知分管领导和督办员（暂停提醒不影响）",
        days == 1 ? "after 1 working day overdue, the leader in charge and the office are told (a pause does not stop this)"
                  : $"after {days} working days overdue, the leader in charge and the office are told (a pause does not stop this)");

    public static string LongestPauseLabel(Lang lang) => lang.Pick("最长暂停", "Longest pause");
    public static string LongestPause(Lang lang, int days) => lang.Pick($"{days} 天", days == 1 ? "1 day" : $"{days} days");

    public static string AboutTitle(Lang lang) => lang.Pick("您会收到的提醒", "What you are reminded about");
    public static string NamedItems(Lang lang) => lang.Pick("点名由您承办的事项：临近、到期和逾期提醒", "Items you are named on: due soon, due today and overdue");
    public static string UnitItems(Lang lang, string unit, string role) => lang.Pick(
        $"{unit}（{role}）：未点名承办人的事项，以及传达会议催办",
        $"{unit} ({role}): its items with no one named, and the relay meeting chase");
    public static string DeputyItems(Lang lang, string unit) => lang.Pick(
        $"{unit}（副职）：该单位没有负责人和联络员时，未点名承办人的事项和传达会议催办",
        $"{unit} (deputy): when it has no head or liaison, its items with no one named and the relay meeting chase");
    public static string Portfolio(Lang lang, string units) => lang.Pick(
        $"分管单位（{units}）：逾期事项督办", $"Units in your portfolio ({units}): escalated overdue items");
    public static string Office(Lang lang, TimeOnly digest) => lang.Pick(
        $"督办员：各单位的逾期事项督办，以及每天 {digest:HH\\:mm} 起的督办日报",
        $"Office: every unit's escalated overdue items, and the daily digest from {digest:HH\\:mm}");

    public static string HeadRole(Lang lang) => lang.Pick("负责人", "head");
    public static string LiaisonRole(Lang lang) => lang.Pick("联络员", "liaison");

    public static string PauseAction(Lang lang) => lang.Pick("今天暂停提醒", "Pause reminders today");
    public static string ResumeAction(Lang lang) => lang.Pick("恢复提醒", "Resume reminders");
    public static string PauseHint(Lang lang, int maxDays) => lang.Pick(
        $"也可以说“暂停提醒3天”“暂停提醒一周”（最长{maxDays}天）。",
        $"You can also say \"pause reminders for 3 days\" or \"for a week\" (at most {maxDays} days).");

    /// <summary>One line that stands for the card where a card cannot be shown (notification, summary).</summary>
    public static string Summary(Lang lang, DateOnly? pausedUntil) => pausedUntil is { } until
        ? lang.Pick($"我的提醒设置：{PausedUntil(lang, until)}。", $"My reminder settings: {PausedUntil(lang, until)}.")
        : lang.Pick("我的提醒设置：正常接收。", "My reminder settings: reminders are on.");
}
