using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Reminders;

namespace ChatBot.Dialogs.Features.Snooze;

/// <summary>What 稍后提醒 says, in zh-CN and en-US.</summary>
internal static class SnoozeTexts
{
    public static string HelpSay(Lang lang) => lang.Pick("稍后提醒 明天", "remind me tomorrow");
    public static string HelpWhat(Lang lang) => lang.Pick("把最近一条提醒推迟（2 小时 / 明天 / 下周一），提醒卡片上也有按钮", "put off the last reminder (2 hours / tomorrow / next Monday); the reminder cards have buttons too");

    public static string Label(Lang lang) => lang.Pick("稍后提醒：", "Remind me later:");
    public static string Choice(Lang lang, string choice) => choice switch
    {
        SnoozeTime.TwoHours => lang.Pick("2 小时", "2 hours"),
        SnoozeTime.Tomorrow => lang.Pick("明天", "Tomorrow"),
        _ => lang.Pick("下周一", "Next Monday"),
    };

    public static string When(Lang lang, DateTimeOffset local) =>
        $"{ReminderTexts.For(lang).Date(DateOnly.FromDateTime(local.DateTime))} {local:HH\\:mm}";

    public static string Snoozed(Lang lang, DateTimeOffset local) => lang.Pick(
        $"已设置稍后提醒：{When(lang, local)}再提醒您。", $"Snoozed: you will be reminded again on {When(lang, local)}.");
    public static string SnoozedTitle(Lang lang) => lang.Pick("已稍后提醒", "Snoozed");

    public static string Gone(Lang lang) => lang.Pick(
        "这条提醒的事项已办结或不再需要提醒，无需设置稍后提醒。", "What this reminder was about is done or no longer reminded; nothing to snooze.");
    public static string NotYours(Lang lang) => lang.Pick("这条提醒不是发给您的，不能替别人设置稍后提醒。", "This reminder was not sent to you; you cannot snooze it for someone else.");
    public static string NoReminder(Lang lang) => lang.Pick("您最近没有收到提醒，没有可以推迟的。", "You have not had a reminder lately; there is nothing to snooze.");
    public static string BadChoice(Lang lang) => lang.Pick(
        "稍后提醒可以选：2 小时、明天、下周一。", "You can snooze for 2 hours, until tomorrow, or until next Monday.");

    public static string Proposal(Lang lang) => lang.Pick("稍后提醒", "snooze your last reminder");
}
