using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Roster;

/// <summary>Role words as files and people write them (English or Chinese), and as the bot shows them.</summary>
public static class RosterRoles
{
    public static UnitRole? ParseUnitRole(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        "head" or "负责人" or "主要负责人" or "科长" or "处长" or "主任" or "大队长" => UnitRole.Head,
        "deputy" or "副职" or "副科长" or "副处长" or "副主任" or "副大队长" => UnitRole.Deputy,
        "liaison" or "联络员" => UnitRole.Liaison,
        "staff" or "干部职工" or "职工" or "成员" or "" or null => UnitRole.Staff,
        _ => null,
    };

    public static BureauRole? ParseBureauRole(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        "office" or "督办员" or "办公室" => BureauRole.Office,
        "leader" or "分管领导" or "局领导" => BureauRole.Leader,
        _ => null,
    };

    /// <summary>The word used in files: head, deputy, liaison, staff.</summary>
    public static string Code(UnitRole role) => role.ToString().ToLowerInvariant();
    public static string Code(BureauRole role) => role.ToString().ToLowerInvariant();

    public static string Show(UnitRole role, Lang lang) => Chat.RosterTexts.UnitRoleName(lang, role);

    public static string Show(BureauRole role, Lang lang) => Chat.RosterTexts.BureauRoleName(lang, role);
}
