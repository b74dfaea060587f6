using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Roster.Chat;

/// <summary>What the roster slice says, in Chinese and English.</summary>
internal static class RosterTexts
{
    public static string List(Lang lang, IEnumerable<string> names) => string.Join(lang.Pick("、", ", "), names);

    public static string Unmatched(Lang lang, string? name, IReadOnlyList<string> officeNames) => lang.Pick(
        $"您好{(string.IsNullOrWhiteSpace(name) ? "" : "，" + name)}！您还不在督办名册中（或账号尚未与名册对应），暂时无法使用督办助手。" +
        (officeNames.Count > 0 ? $"请联系局办公室的督办员{List(lang, officeNames)}，把您加入名册或完成账号绑定。" : "请联系局办公室（督办员）把您加入名册。"),
        $"Hello{(string.IsNullOrWhiteSpace(name) ? "" : ", " + name)}! I can't find you on the bureau's roster yet (or your account is not linked to it), so I can't act for you. " +
        (officeNames.Count > 0 ? $"Please ask the office ({List(lang, officeNames)}) to add or link you." : "Please ask the office (supervisor) to add you."));

    public static string OfficeOnly(Lang lang) => lang.Pick(
        "只有局办公室（督办员）可以维护名册，名册没有任何更改。如需调整，请联系督办员。",
        "Only the office (supervisors) can change the roster; nothing was changed. Please ask a supervisor.");

    public static string UnknownUnit(Lang lang, string said) => lang.Pick(
        $"名册中没有找到单位“{said}”。发送“添加单位 {said}”可以新增（仅督办员）。",
        $"There is no unit \"{said}\" on the roster. The office can add it with \"添加单位 {said}\".");

    public static string UnknownMember(Lang lang, string said) => lang.Pick(
        $"名册中没有找到“{said}”。", $"There is nobody called \"{said}\" on the roster.");

    public static string AmbiguousMember(Lang lang, string said, IEnumerable<string> who) => lang.Pick(
        $"名册中有多位“{said}”：{List(lang, who)}。请改用邮箱指明是哪一位。",
        $"Several people are called \"{said}\": {List(lang, who)}. Please name them by email instead.");

    public static string Missing(Lang lang, string zh, string en) => lang.Pick($"请说明{zh}。", $"Please say {en}.");

    public static string UnknownRole(Lang lang, string said) => lang.Pick(
        $"不认识角色“{said}”。可用：负责人、副职、联络员、干部职工、分管领导、督办员。",
        $"Unknown role \"{said}\". Use head, deputy, liaison, staff, leader or office.");

    public static string UnknownAction(Lang lang) => lang.Pick(
        "不明白要对名册做什么更改。可以说“添加成员 李四 市政工程处 干部职工”“把张三设为市政工程处联络员”“添加单位 X”“给X添加别名 Y”“把X更名为Y”“删除成员 李四”。",
        "I didn't understand the roster change. Try \"添加成员 李四 市政工程处 干部职工\", \"把张三设为市政工程处联络员\", \"添加单位 X\", \"给X添加别名 Y\", \"把X更名为Y\" or \"删除成员 李四\".");

    public static string HasOpenItems(Lang lang, string what, string items) => lang.Pick(
        $"{what}还有未办结的事项，不能删除：{items}。请先办结或改派这些事项。",
        $"{what} still has open items, so it was not removed: {items}. Close or reassign them first.");

    public static string UnitExists(Lang lang, string name) => lang.Pick($"名册中已有“{name}”（单位名称或别名），没有更改。", $"\"{name}\" already names a unit; nothing was changed.");

    public static string AlreadyInUnit(Lang lang, string who, string unit) => lang.Pick($"{who}已经是{unit}的成员，没有更改。", $"{who} is already in {unit}; nothing was changed.");

    public static string DuplicateEmail(Lang lang, string email, string who) => lang.Pick($"邮箱 {email} 已属于{who}，没有更改。", $"The email {email} already belongs to {who}; nothing was changed.");

    public static string NoUnmatched(Lang lang) => lang.Pick("目前没有未匹配的人员：所有联系过督办助手的账号都已对应到名册。", "Nobody is unmatched: every account that reached the bot is on the roster.");

    public static string UnknownUnmatched(Lang lang, string said) => lang.Pick(
        $"未匹配人员中没有“{said}”。发送“未匹配人员”查看名单。", $"\"{said}\" is not among the unmatched people. Send \"unmatched people\" to see the list.");

    public static string NoWhoIs(Lang lang, string unit, string role) => lang.Pick($"{unit}目前没有登记{role}。", $"{unit} has no {role} on the roster.");

    public static string WhichUnit(Lang lang) => lang.Pick("请问是哪个单位？例如“市政工程处负责人是谁”。", "Which unit? For example \"who heads 市政工程处\".");

    public static string NoUnitOfMine(Lang lang, string name) => lang.Pick(
        $"{name}，名册中您还没有所属单位。如有误请联系督办员。", $"{name}, the roster does not place you in any unit. Please tell the office if that is wrong.");
}
