using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Cascade;

internal static class CascadeTexts
{
    public static string NotResponsible(Lang lang, int number, string unit) => lang.Pick(
        $"只有{unit}的负责人、副职或联络员可以转派{ItemTexts.Item(lang, number)}。",
        $"Only the head, deputy or liaison of {unit} can pass item {number} down.");

    public static string Closed(Lang lang, int number) => lang.Pick($"{ItemTexts.Item(lang, number)}已销号，不能再转派。", $"Item {number} is closed; it cannot be passed down.");

    public static string CheckOffPending(Lang lang, int number) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}已申请销号，不能再转派。",
        $"Item {number} is awaiting check-off; it cannot be passed down now.");

    public static string NeedTargets(Lang lang) => lang.Pick("请选择转派给哪些下级单位或人员。", "Please choose the sub-units or people to pass it to.");

    public static string NoOneBelow(Lang lang, string unit) => lang.Pick(
        $"名册中{unit}没有下级单位或人员，无法转派。",
        $"{unit} has no sub-units or people on the roster to pass items to.");

    public static string UnknownTarget(Lang lang, string said, string unit, string known) => lang.Pick(
        $"“{said}”不是{unit}的下级单位或人员。可转派给：{known}。",
        $"\"{said}\" is not a sub-unit or person of {unit}. You can pass items to: {known}.");

    public static string BadDate(Lang lang) => lang.Pick("期限日期无法识别，请写成“12月15日前”这样的日期。", "I could not read the deadline; write a date such as \"by Dec 15\".");

    public static string PastDate(Lang lang, DateOnly d) => lang.Pick(
        $"期限{ItemTexts.Date(lang, d)}已经过去，请给一个今天以后的日期。",
        $"The deadline {ItemTexts.Date(lang, d)} has passed; give a date from today on.");

    public static string AfterParent(Lang lang, int number, DateOnly asked, DateOnly parent) => lang.Pick(
        $"转派的期限（{ItemTexts.Date(lang, asked)}）不能晚于{ItemTexts.Item(lang, number)}本身的期限（{ItemTexts.Date(lang, parent)}）。",
        $"The deadline passed down ({ItemTexts.Date(lang, asked)}) cannot be later than item {number}'s own ({ItemTexts.Date(lang, parent)}).");

    public static string AlreadyPassed(Lang lang, int number, string target, int child) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}已经转派给{target}（第{child}条），未重复转派。",
        $"Item {number} was already passed to {target} (item {child}); nothing was passed twice.");

    public static string Passed(Lang lang, int number, IEnumerable<(string Target, int Number)> children, DateOnly? due) => lang.Pick(
        $"已将{ItemTexts.Item(lang, number)}转派给{string.Join("、", children.Select(c => $"{c.Target}（第{c.Number}条）"))}{(due is { } d ? "，期限" + ItemTexts.Date(lang, d) : "")}，已通知对方。其进展汇总到{ItemTexts.Item(lang, number)}；下级申请销号时由您审核。",
        $"Item {number} passed to {string.Join(", ", children.Select(c => $"{c.Target} (item {c.Number})"))}{(due is { } e ? ", due " + ItemTexts.Date(lang, e) : "")}; they have been told. Their progress rolls up to item {number}; you review their check-off requests.");

    public static string ToldPassed(Lang lang, int number, string task, string from, DateOnly? due, int parent) => lang.Pick(
        $"📌 一级转派：{from}将第{number}条“{ItemTexts.Short(task, 60)}”交由您办理{(due is { } d ? "，期限" + ItemTexts.Date(lang, d) : "")}（来自第{parent}条）。报告进展：“第{number}条 进展：……”；完成后“第{number}条申请销号”，由{from}审核。",
        $"📌 Passed down: {from} gave you item {number} \"{ItemTexts.Short(task, 60)}\"{(due is { } e ? ", due " + ItemTexts.Date(lang, e) : "")} (from item {parent}). Report with \"item {number} progress: ...\"; when done, \"request check-off of item {number}\", reviewed by {from}.");

    // 分解情况
    public static string TreeTitle(Lang lang, Assignment a, string unit) => lang.Pick(
        $"**{ItemTexts.Item(lang, a.Number)}分解情况**（{unit}，{Percent(lang, a.Percent)}）",
        $"**Breakdown of item {a.Number}** ({unit}, {Percent(lang, a.Percent)})");

    public static string NoChildren(Lang lang, int number) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}尚未转派给下级单位或人员。转派：“第{number}条转派给……，12月15日前”。",
        $"Item {number} has not been passed down. To pass it: \"pass item {number} to ... by Dec 15\".");

    public static string Row(Lang lang, Assignment c, string target) => lang.Pick(
        $"第{c.Number}条 {target} · {(c.Due is { } d ? "期限" + ItemTexts.Date(lang, d) : "无期限")} · {StatusOf(lang, c)} · {Percent(lang, c.Percent)}",
        $"item {c.Number} {target} · {(c.Due is { } e ? "due " + ItemTexts.Date(lang, e) : "no deadline")} · {StatusOf(lang, c)} · {Percent(lang, c.Percent)}");

    /// <summary>A passed-down item waiting for 销号 waits for its unit head, not the office.</summary>
    public static string StatusOf(Lang lang, Assignment a) => a.ParentId is not null && a.Status == AssignmentStatus.CheckOffRequested
        ? WaitingForHead(lang) : ItemTexts.Status(lang, a.Status);

    public static string WaitingForHead(Lang lang) => lang.Pick("待负责人审核", "awaiting the unit head's review");

    private static string Percent(Lang lang, int? p) => p is { } v ? $"{v}%" : lang.Pick("未报进度", "no progress yet");

    // The form.
    public static string FormTitle(Lang lang, int number) => lang.Pick($"转派 · 第{number}条", $"Pass down · item {number}");
    public static string TargetsLabel(Lang lang) => lang.Pick("转派给（下级单位或人员，可多选）", "Pass to (sub-units or people, several allowed)");
    public static string DateLabel(Lang lang, DateOnly? parent) => parent is { } d
        ? lang.Pick($"期限（不晚于{ItemTexts.Date(lang, d)}）", $"Deadline (not later than {ItemTexts.Date(lang, d)})")
        : lang.Pick("期限", "Deadline");
    public static string TaskLabel(Lang lang) => lang.Pick("转派内容（留空为整条事项）", "What is passed down (empty: the whole item)");
    public static string Submit(Lang lang) => lang.Pick("转派", "Pass down");

    public static string HelpSay(Lang lang) => lang.Pick("第3条转派给一中队，12月15日前", "pass item 3 to Squad 1 by Dec 15");
    public static string HelpWhat(Lang lang) => lang.Pick("转派给下级单位或人员（单位负责人）；“第3条分解情况”看汇总", "pass an item down to sub-units or people (unit head); \"breakdown of item 3\" shows the tree");
    public static string PassDownProposal(Lang lang) => lang.Pick("转派给下级", "pass an item down");
}
