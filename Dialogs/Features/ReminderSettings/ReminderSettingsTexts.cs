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

    public static string SetProposal(Lang lang) => lang.Pick("更改提醒方式", "change how your reminders come");
    public static string DeliveryLabel(Lang lang) => lang.Pick("提醒方式", "Delivery");
    public static string Delivery(Lang lang, ReminderDelivery d, TimeOnly digest) => d == ReminderDelivery.Digest
        ? lang.Pick($"每日汇总一次（{digest:HH\\:mm}起）", $"one daily digest (from {digest:HH\\:mm})")
        : lang.Pick("即时提醒", "instant");
    public static string QuietLabel(Lang lang) => lang.Pick("免打扰", "Quiet hours");
    public static string Quiet(Lang lang, string? window) => string.IsNullOrWhiteSpace(window)
        ? lang.Pick("未设置", "none")
        : lang.Pick($"{window}（期间的提醒暂缓，结束后汇总送达）", $"{window} (reminders held, then sent together)");
    public static string DeliveryAction(Lang lang, string to) => to == "digest" ? lang.Pick("改为每日汇总", "Switch to a daily digest") : lang.Pick("改为即时提醒", "Switch to instant");
    public static string PreferenceHint(Lang lang) => lang.Pick(
        "可以说“改为每日汇总”“即时提醒”“免打扰 12:00-14:00”“取消免打扰”。提醒卡片上可选稍后提醒。",
        "You can say \"daily digest\", \"instant reminders\", \"quiet hours 12:00-14:00\" or \"no quiet hours\". Reminder cards have remind-me-later buttons.");
    public static string DeliverySet(Lang lang, ReminderDelivery d, TimeOnly digest) => d == ReminderDelivery.Digest
        ? lang.Pick($"好的，您的提醒改为每日汇总一次，每天{digest:HH\\:mm}起送达（逾期督办同样汇总）。", $"OK, your reminders now come as one daily digest from {digest:HH\\:mm}.")
        : lang.Pick("好的，您的提醒改为即时送达。", "OK, your reminders now come as they are due.");
    public static string QuietSet(Lang lang, string? window) => string.IsNullOrEmpty(window)
        ? lang.Pick("已取消您的免打扰时段。", "Your quiet hours are off.")
        : lang.Pick($"已设置免打扰 {window}：期间的提醒暂缓，结束后汇总送达。", $"Quiet hours set to {window}: reminders in them are held and sent together afterwards.");
    public static string BadQuiet(Lang lang) => lang.Pick(
        "免打扰时段请写成“免打扰 12:00-14:00”（开始和结束不同），或说“取消免打扰”。",
        "Write quiet hours as \"quiet hours 12:00-14:00\" (start and end differ), or say \"no quiet hours\".");

    /// <summary>One line that stands for the card where a card cannot be shown (notification, summary).</summary>
    public static string Summary(Lang lang, DateOnly? pausedUntil) => pausedUntil is { } until
        ? lang.Pick($"我的提醒设置：{PausedUntil(lang, until)}。", $"My reminder settings: {PausedUntil(lang, until)}.")
        : lang.Pick("我的提醒设置：正常接收。", "My reminder settings: reminders are on.");
}
