using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Roster.Chat;

/// <summary>What the roster slice says, in Chinese and English.</summary>
internal static class RosterTexts
{
    public static string List(Lang lang, IEnumerable<string> names) => string.Join(lang.Pick("、", ", "), names);

    // Roles
    public static string UnitRoleName(Lang lang, UnitRole role) => role switch
    {
        UnitRole.Head => lang.Pick("负责人", "head"),
        UnitRole.Deputy => lang.Pick("副职", "deputy"),
        UnitRole.Liaison => lang.Pick("联络员", "liaison"),
        _ => lang.Pick("干部职工", "staff"),
    };
    public static string BureauRoleName(Lang lang, BureauRole role) => role switch
    {
        BureauRole.Office => lang.Pick("督办员（办公室）", "office (supervisor)"),
        _ => lang.Pick("分管领导", "leader"),
    };
    /// <summary>"市政工程处（负责人）" / "市政工程处 (head)".</summary>
    public static string WithDetail(Lang lang, string name, string detail) => lang.Pick($"{name}（{detail}）", $"{name} ({detail})");

    // Member and unit cards
    public static string NameLabel(Lang lang) => lang.Pick("姓名", "Name");
    public static string UnitsLabel(Lang lang) => lang.Pick("单位", "Units");
    public static string BureauRolesLabel(Lang lang) => lang.Pick("局级角色", "Bureau roles");
    public static string PortfolioLabel(Lang lang) => lang.Pick("分管单位", "Portfolio");
    public static string EmailLabel(Lang lang) => lang.Pick("邮箱", "Email");
    public static string PhoneLabel(Lang lang) => lang.Pick("电话", "Phone");
    public static string Linked(Lang lang, bool linked) => linked ? lang.Pick("已绑定", "linked") : lang.Pick("尚未绑定", "not linked yet");
    public static string UnitLabel(Lang lang) => lang.Pick("单位", "Unit");
    public static string AliasesLabel(Lang lang) => lang.Pick("别名", "Aliases");
    public static string HeadLabel(Lang lang) => lang.Pick("负责人", "Head");
    public static string DeputyLabel(Lang lang) => lang.Pick("副职", "Deputy");
    public static string LiaisonLabel(Lang lang) => lang.Pick("联络员", "Liaison");
    public static string MembersLabel(Lang lang) => lang.Pick("人数", "Members");
    public static string KindLabel(Lang lang) => lang.Pick("类别", "Kind");

    // The unmatched people card
    public static string UnmatchedTitle(Lang lang, int count) => lang.Pick($"未匹配人员（{count}）", $"Unmatched people ({count})");
    public static string UnmatchedHint(Lang lang) => lang.Pick("为每个人选择名册中的成员并绑定；也可以说“绑定 张三 <Teams账号>”。",
        "Choose the roster member for each person and link them, or say \"bind 张三 <account>\".");
    public static string FirstSeen(Lang lang, string at) => lang.Pick($"首次出现：{at}", $"First seen: {at}");
    public static string ChooseMember(Lang lang) => lang.Pick("选择名册成员", "Choose a roster member");
    public static string LinkAction(Lang lang) => lang.Pick("绑定", "Link");

    // Titles of the card shown after a change
    public static string LinkedTitle(Lang lang, string account, string member) => lang.Pick($"已绑定：{account} → {member}", $"Linked: {account} → {member}");
    public static string UnitAdded(Lang lang) => lang.Pick("已添加单位", "Unit added");
    public static string AliasAdded(Lang lang) => lang.Pick("已添加别名", "Alias added");
    public static string UnitRenamed(Lang lang) => lang.Pick("单位已更名", "Unit renamed");
    public static string UnitRemoved(Lang lang) => lang.Pick("已删除单位", "Unit removed");
    public static string MemberAdded(Lang lang) => lang.Pick("已添加成员", "Member added");
    public static string MemberRemoved(Lang lang) => lang.Pick("已删除成员", "Member removed");
    public static string RoleUpdated(Lang lang) => lang.Pick("角色已更新", "Role updated");
    public static string UnitHasMembers(Lang lang, string unit, IEnumerable<string> members) => lang.Pick(
        $"{unit}还有成员：{List(lang, members)}。请先调整他们的单位，没有更改。",
        $"{unit} still has members: {List(lang, members)}. Move them first; nothing was changed.");
    public static string OnlySupervisor(Lang lang, string name) => lang.Pick(
        $"{name}是唯一的督办员，删除后将无人能维护名册，没有更改。",
        $"{name} is the only supervisor; removing them would leave nobody to keep the roster. Nothing was changed.");

    // Who is who
    public static string WhoIs(Lang lang, string unit, string role, string roleCapitalised, IEnumerable<string> who) => lang.Pick(
        $"{unit}{role}：{List(lang, who)}", $"{roleCapitalised} of {unit}: {List(lang, who)}");
    public static string LeadersOf(Lang lang, string unit, IEnumerable<string> leaders) => lang.Pick(
        $"{unit}的分管领导：{List(lang, leaders)}", $"Leaders in charge of {unit}: {List(lang, leaders)}");
    public static string MyUnits(Lang lang, string name, IEnumerable<string> parts) => lang.Pick(
        $"{name}，您在名册中属于：{List(lang, parts)}。", $"{name}, the roster places you in: {List(lang, parts)}.");
    public static string MyBureauRoles(Lang lang, IEnumerable<string> roles) => lang.Pick(
        $"局级角色：{List(lang, roles)}。", $" Bureau roles: {List(lang, roles)}.");
    public static string MyPortfolio(Lang lang, IEnumerable<string> units) => lang.Pick(
        $"分管：{List(lang, units)}。", $" In charge of: {List(lang, units)}.");

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
    public static string MissingMemberName(Lang lang) => Missing(lang, "成员姓名", "the person's name");
    public static string MissingMemberUnit(Lang lang) => Missing(lang, "所在单位", "the unit");
    public static string MissingWhoToRemove(Lang lang) => Missing(lang, "要删除的成员", "who to remove");
    public static string MissingRole(Lang lang) => Missing(lang, "角色", "the role");
    public static string MissingRoleUnit(Lang lang) => Missing(lang, "哪个单位的角色", "in which unit");
    public static string MissingUnitName(Lang lang) => Missing(lang, "单位名称", "the unit's name");
    public static string MissingAlias(Lang lang) => Missing(lang, "别名", "the alias");
    public static string MissingNewName(Lang lang) => Missing(lang, "新名称", "the new name");
    public static string MissingUnit(Lang lang) => Missing(lang, "单位", "the unit");
    public static string MissingAccount(Lang lang) => Missing(lang, "要绑定的 Teams 账号", "which Teams account");
    public static string MissingRosterMember(Lang lang) => Missing(lang, "名册中的成员", "the roster member");
    public static string ItemSeparator(Lang lang) => lang.Pick("；", "; ");
    public static string ItemsInAll(Lang lang, int count) => lang.Pick($"……（共{count}条）", $"... ({count} in all)");

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

    // How the confirmation card names a roster change the language model read.
    public static string ChangeProposal(Lang lang) => lang.Pick("修改名册", "change the roster");
}
