using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;

namespace ChatBot.Dialogs.Features.Roster.Chat;

/// <summary>
/// The roster in chat: who heads a unit, which unit am I in, who is not matched to a Teams account,
/// and the office's changes (设为联络员, 添加成员, 删除成员, 添加单位, 添加别名, 更名, 绑定).
/// </summary>
internal static partial class RosterRules
{
    // In this order among the questions: 我是哪个单位的, then the office's 未匹配人员 and changes, then 谁是…负责人.
    public static Intent? MyUnitQuestion(string text) => MyUnit().IsMatch(text) ? Intent.Of(RosterLookupCapability.MyUnit) : null;

    public static Intent? Maintenance(string text) =>
        Unmatched().IsMatch(text) ? Intent.Of(RosterMaintenanceCapability.Unmatched) : Change(text);

    public static Intent? WhoIs(string text)
    {
        if (WhoIsEnglish().Match(text) is { Success: true } en)
            return Slots(RosterLookupCapability.WhoIs, ("unit", Clean(en.Groups["unit"].Value)), ("role", TextSlots.Role(en.Groups["role"].Value) ?? "head"));
        if (!WhoIsChinese().IsMatch(text)) return null;
        return Slots(RosterLookupCapability.WhoIs, ("unit", TextSlots.Unit(RoleWords().Replace(text, " "))), ("role", TextSlots.Role(text) ?? "head"));
    }

    private static Intent? Change(string text)
    {
        Match m;
        if (((m = SetRoleZh().Match(text)).Success || (m = SetRoleEnglish().Match(text)).Success)
            && TextSlots.Role(m.Groups["rest"].Value) is not null) // "参会人数改为45" is not a role change
        {
            var rest = m.Groups["rest"].Value;
            var unit = m.Groups["unit"].Success ? Clean(m.Groups["unit"].Value) : TextSlots.Unit(RoleWords().Replace(rest, " "));
            return Slots(RosterMaintenanceCapability.Change, ("action", "setRole"), ("member", Clean(m.Groups["member"].Value)), ("unit", unit), ("role", TextSlots.Role(rest)));
        }
        if ((m = AddMember().Match(text)).Success)
        {
            var parts = Parts(m.Groups["rest"].Value);
            return Slots(RosterMaintenanceCapability.Change, ("action", "addMember"), ("member", parts.ElementAtOrDefault(0)),
                ("unit", parts.ElementAtOrDefault(1)), ("role", parts.Length > 2 ? TextSlots.Role(string.Join(" ", parts[2..])) : null));
        }
        if ((m = RemoveMember().Match(text)).Success)
            return Slots(RosterMaintenanceCapability.Change, ("action", "removeMember"), ("member", Clean(m.Groups["member"].Value)));
        if ((m = AddUnit().Match(text)).Success)
            return Slots(RosterMaintenanceCapability.Change, ("action", "addUnit"), ("unit", Clean(m.Groups["unit"].Value)));
        if ((m = AddAlias().Match(text)).Success)
            return Slots(RosterMaintenanceCapability.Change, ("action", "addAlias"), ("unit", Clean(m.Groups["unit"].Value)), ("value", Clean(m.Groups["value"].Value)));
        if ((m = Rename().Match(text)).Success)
            return Slots(RosterMaintenanceCapability.Change, ("action", "renameUnit"), ("unit", Clean(m.Groups["unit"].Value)), ("value", Clean(m.Groups["value"].Value)));
        if ((m = Bind().Match(text)).Success)
            return Slots(RosterMaintenanceCapability.Change, ("action", "bind"), ("member", Clean(m.Groups["member"].Value)), ("value", Clean(m.Groups["value"].Value)));
        return null;
    }

    private static string[] Parts(string text) => text.Split([' ', ',', '，', '、', ';', '；', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static string Clean(string value) => TextSlots.TrimSeparators(value.Trim().Trim('"', '“', '”', '\'', '「', '」'));

    private static Intent Slots(string name, params (string Key, string? Value)[] slots) =>
        new(name, slots.Where(s => !string.IsNullOrWhiteSpace(s.Value)).ToDictionary(s => s.Key, s => s.Value!));

    [GeneratedRegex(@"我是哪个单位|我在哪个单位|我属于哪|我的单位是|我所在的?单位|我是哪个(?:科|处|部门)|which\s+unit\s+am\s+i|what\s+unit\s+am\s+i|what(?:'s| is)\s+my\s+unit|my\s+unit\s*\?", RegexOptions.IgnoreCase)]
    private static partial Regex MyUnit();

    [GeneratedRegex(@"未匹配|没有?匹配上?的?人|匹配不上|unmatched|not\s+matched", RegexOptions.IgnoreCase)]
    private static partial Regex Unmatched();

    [GeneratedRegex(@"(?:的)?(?:负责人|联络员|副职|一把手|处长|科长|主任|大队长|领导)(?:是谁|是哪位|是哪个)|谁是.{2,16}(?:负责人|联络员|副职|一把手|处长|科长|主任|大队长|领导)|谁负责.{2,16}(?:科|处|办|大队|中队|中心)$|.{2,16}(?:科|处|办|大队|中队|中心)(?:由)?谁负责")]
    private static partial Regex WhoIsChinese();

    [GeneratedRegex(@"^who\s+(?:heads|leads|runs|is\s+in\s+charge\s+of|is\s+responsible\s+for)\s+(?<unit>.+?)\s*\??$|^who\s+is\s+(?:the\s+)?(?<role>head|liaison|deputy|contact(?:\s+person)?|leader|chief)\s+(?:of|for|at|in)\s+(?<unit>.+?)\s*\??$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoIsEnglish();

    [GeneratedRegex(@"的?(?:负责人|联络员|副职|一把手|处长|科长|主任|大队长|领导|干部职工|职工)")]
    private static partial Regex RoleWords();

    [GeneratedRegex(@"^(?:请)?(?:把|将)?(?<member>[\u4e00-\u9fa5·A-Za-z]{2,12}?)(?:设为|设置为|设成|任命为|指定为|调整为|调为|改为|担任)(?<rest>.+)$")]
    private static partial Regex SetRoleZh();

    [GeneratedRegex(@"^(?:please\s+)?(?:set|make|appoint)\s+(?<member>.+?)\s+(?:as\s+)?(?:the\s+)?(?<rest>head|liaison|deputy|staff)(?:\s+(?:of|for|in|at)\s+(?<unit>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex SetRoleEnglish();

    [GeneratedRegex(@"^(?:请)?(?:添加|新增|增加|加入)(?:成员|人员|同志)\s*[:：]?\s*(?<rest>.+)$|^add\s+(?:a\s+)?(?:member|person)\s*[:：]?\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AddMember();

    [GeneratedRegex(@"^(?:请)?(?:删除|移除|去掉|删掉)(?:成员|人员|同志)\s*[:：]?\s*(?<member>.+)$|^(?:remove|delete)\s+(?:the\s+)?(?:member|person)\s*[:：]?\s*(?<member>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RemoveMember();

    [GeneratedRegex(@"^(?:请)?(?:添加|新增|增加)(?:一个)?单位\s*[:：]?\s*(?<unit>.+)$|^add\s+(?:a\s+)?unit\s*[:：]?\s*(?<unit>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AddUnit();

    [GeneratedRegex(@"^(?:请)?(?:给|为)?(?<unit>.+?)(?:添加|增加|新增|加上)(?:一个)?别名\s*[:：]?\s*(?<value>.+)$|^add\s+(?:the\s+)?alias\s+(?<value>.+?)\s+(?:to|for)\s+(?<unit>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AddAlias();

    [GeneratedRegex(@"^(?:请)?(?:把|将)?(?<unit>.+?)(?:更名为|改名为|重命名为|名称改为|更名成|改名成)\s*(?<value>.+)$|^rename\s+(?<unit>.+?)\s+(?:to|as)\s+(?<value>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Rename();

    [GeneratedRegex(@"^(?:请)?(?:把|将)?(?<member>.+?)(?:绑定|关联)(?:到|为)?(?:邮箱|账号|帐号)?\s*[:：]?\s*(?<value>\S+@\S+)$|^bind\s+(?<member>.+?)\s+(?:to|with)\s+(?<value>\S+@\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Bind();
}
