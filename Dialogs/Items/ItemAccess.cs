using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Items;

/// <summary>
/// Who may do what with an item. Seeing follows 我的待办's scope; acting for a unit (申请销号) is the
/// unit's head, deputy or liaison; deciding a check-off is the office's.
/// </summary>
public static class ItemAccess
{
    public static bool CanSee(Member member, Assignment a) =>
        member.IsOffice
        || a.AssigneeMemberIds.Contains(member.Id)
        || member.HasRole(a.UnitId, UnitRole.Head, UnitRole.Deputy, UnitRole.Liaison)
        || (member.IsLeader && member.Portfolio.Contains(a.UnitId));

    /// <summary>The people doing the work report progress; the office may record it for them. Leaders only watch.</summary>
    public static bool CanReport(Member member, Assignment a) =>
        member.IsOffice
        || a.AssigneeMemberIds.Contains(member.Id)
        || member.HasRole(a.UnitId, UnitRole.Head, UnitRole.Deputy, UnitRole.Liaison);

    public static bool CanRequestCheckOff(Member member, Assignment a) =>
        member.HasRole(a.UnitId, UnitRole.Head, UnitRole.Deputy, UnitRole.Liaison);

    /// <summary>延期 and 退回 are asked for the unit, by the same people who ask for 销号.</summary>
    public static bool CanActForUnit(Member member, Assignment a) => CanRequestCheckOff(member, a);

    public static bool CanDecideCheckOff(Member member) => member.IsOffice;
}
