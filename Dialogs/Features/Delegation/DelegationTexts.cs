using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Delegation;

internal static class DelegationTexts
{
    private static string Range(Lang lang, DateOnly from, DateOnly to) => from == to
        ? ItemTexts.Date(lang, from)
        : lang.Pick($"{ItemTexts.Date(lang, from)}至{ItemTexts.Date(lang, to)}", $"{ItemTexts.Date(lang, from)} to {ItemTexts.Date(lang, to)}");

    public static string NotAllowed(Lang lang) => lang.Pick(
        "只有单位负责人、副职、联络员、局领导或办公室可以指定代理人。",
        "Only a unit's head, deputy or liaison, a leader or the office can name a deputy.");

    public static string WhoAndWhen(Lang lang) => lang.Pick(
        "请说明由谁代理、从哪天到哪天，例如“我12月10日到15日出差，由张三代理”。",
        "Please say who acts for you and from when to when, e.g. \"Zhang San acts for me from Dec 10 to Dec 15\".");

    public static string UnknownPerson(Lang lang, string name) => lang.Pick($"名册中没有“{name}”，请核对姓名。", $"There is no \"{name}\" on the roster; please check the name.");

    public static string Ambiguous(Lang lang, string name) => lang.Pick(
        $"名册中有多位“{name}”，且都不在您的单位，请让办公室核对。",
        $"Several people are called \"{name}\" and none is in your unit; please ask the office.");

    public static string NotSelf(Lang lang) => lang.Pick("不能指定自己为代理人。", "You cannot name yourself as your deputy.");

    public static string BadRange(Lang lang) => lang.Pick("结束日期早于开始日期，请核对。", "The last day is before the first; please check the dates.");

    public static string Past(Lang lang) => lang.Pick("这个时间段已经过去，请给出今天或以后的日期。", "That period is over; give dates from today on.");

    public static string TooLong(Lang lang) => lang.Pick("代理期限最长一年。", "A delegation lasts at most a year.");

    public static string Overlaps(Lang lang, string deputy, DateOnly from, DateOnly to) => lang.Pick(
        $"您已指定{deputy}在{Range(lang, from, to)}代理，时间重叠。如需更换，请先发送“取消代理”。",
        $"You already named {deputy} for {Range(lang, from, to)}, which overlaps. To change it, send \"cancel my delegation\" first.");

    public static string Set(Lang lang, string deputy, DateOnly from, DateOnly to) => lang.Pick(
        $"已指定{deputy}在{Range(lang, from, to)}代理您：期间发给您的督办消息会同时发给{deputy}，{deputy}可代您办理，记录中注明“代您办理”。发送“取消代理”可提前结束。",
        $"{deputy} acts for you {Range(lang, from, to)}: messages for you also go to {deputy}, who can act for you; the record says \"for you\". Send \"cancel my delegation\" to end it early.");

    public static string ToldDeputy(Lang lang, string principal, DateOnly from, DateOnly to) => lang.Pick(
        $"👤 {principal}指定您在{Range(lang, from, to)}代理其督办工作：期间发给{principal}的消息会抄送给您，您可以代为签收、报告进展、申请销号、审核等，记录中注明“代{principal}办理”。",
        $"👤 {principal} named you to act for them {Range(lang, from, to)}: you get a copy of their messages and can act for them (sign for, report, request check-off, review); the record says \"for {principal}\".");

    public static string Nothing(Lang lang) => lang.Pick("您当前没有指定代理人。", "You have not named a deputy.");

    public static string Cancelled(Lang lang, string deputy) => lang.Pick($"已取消{deputy}的代理。", $"{deputy} no longer acts for you.");

    public static string ToldCancelled(Lang lang, string principal) => lang.Pick($"{principal}已取消由您代理。", $"{principal} cancelled your delegation; you no longer act for them.");

    public static string AlreadyCancelled(Lang lang, string deputy, string by) => lang.Pick(
        $"{deputy}的这项代理已由{by}取消，未做更改。",
        $"This delegation to {deputy} was already cancelled by {by}; nothing changed.");

    public static string NotYours(Lang lang) => lang.Pick("只有委托人本人或办公室可以取消这项代理。", "Only the person who named the deputy, or the office, can cancel it.");

    public static string Over(Lang lang, string deputy) => lang.Pick($"{deputy}的这项代理已经结束，未做更改。", $"This delegation to {deputy} is already over; nothing changed.");

    public static string WhichToCancel(Lang lang) => lang.Pick("您有多项代理，请选择要取消的一项：", "You have several delegations; choose the one to cancel:");

    public static string ListTitle(Lang lang) => lang.Pick("**我的代理**", "**My delegations**");
    public static string MyDeputy(Lang lang, string deputy, DateOnly from, DateOnly to) => lang.Pick($"- 由{deputy}代理我：{Range(lang, from, to)}", $"- {deputy} acts for me: {Range(lang, from, to)}");
    public static string IActFor(Lang lang, string principal, DateOnly from, DateOnly to) => lang.Pick($"- 我代理{principal}：{Range(lang, from, to)}", $"- I act for {principal}: {Range(lang, from, to)}");
    public static string ListEmpty(Lang lang) => lang.Pick("没有正在进行或即将开始的代理。", "No delegation now or coming.");
    public static string CancelButton(Lang lang, string deputy) => lang.Pick($"取消{deputy}的代理", $"Cancel {deputy}");

    /// <summary>Above a copy of a message for the principal, in the deputy's language.</summary>
    public static string CopyFor(Lang lang, string principal) => lang.Pick($"【代理 · 发给{principal}的消息】", $"[As deputy · a message for {principal}]");

    /// <summary>How the history names an action taken for someone else.</summary>
    public static string ForWhom(Lang lang, string principal) => lang.Pick($"（代{principal}）", $" (for {principal})");

    public static string HelpSay(Lang lang) => lang.Pick("我12月10日到15日出差，由张三代理", "Zhang San acts for me from Dec 10 to Dec 15");
    public static string HelpWhat(Lang lang) => lang.Pick("指定代理人（“取消代理”“我的代理”）", "name a deputy (\"cancel my delegation\", \"my delegations\")");
    public static string SetProposal(Lang lang) => lang.Pick("指定代理人", "name a deputy");
    public static string CancelProposal(Lang lang) => lang.Pick("取消代理", "cancel a delegation");
}
