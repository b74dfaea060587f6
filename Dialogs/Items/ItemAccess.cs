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
        || (member.IsLeader && member.Portfolio.Contains(a.UnitId))
        || IsReviewer(member, a)
        || (member.IsLeader && a.ParentUnitId is { } up && member.Portfolio.Contains(up));

    /// <summary>转派: the head, deputy or liaison of the unit that passed the item down; they see it and review its 销号.</summary>
    public static bool IsReviewer(Member member, Assignment a) =>
        a.ParentUnitId is { } up && member.HasRole(up, UnitRole.Head, UnitRole.Deputy, UnitRole.Liaison);

    /// <summary>代理: whether the member's own roles reach the item (so a change to it was not made for someone else).</summary>
    public static bool ActsOn(Storage.IStoreSession store, Member member, Assignment a) => CanReport(member, a) || IsReviewer(member, a);

    /// <summary>The people doing the work report progress; the office may record it for them. Leaders only watch.</summary>
    public static bool CanReport(Member member, Assignment a) =>
        member.IsOffice
        || a.AssigneeMemberIds.Contains(member.Id)
        || member.HasRole(a.UnitId, UnitRole.Head, UnitRole.Deputy, UnitRole.Liaison);

    /// <summary>The unit's head, deputy or liaison; for an item passed down to named people (转派), those people too.</summary>
    public static bool CanRequestCheckOff(Member member, Assignment a) =>
        member.HasRole(a.UnitId, UnitRole.Head, UnitRole.Deputy, UnitRole.Liaison)
        || (a.ParentId is not null && a.AssigneeMemberIds.Contains(member.Id));

    /// <summary>延期 and 退回 are asked for the unit, by the same people who ask for 销号.</summary>
    public static bool CanActForUnit(Member member, Assignment a) => CanRequestCheckOff(member, a);

    public static bool CanDecideCheckOff(Member member) => member.IsOffice;

    /// <summary>逐级审核: an item passed down is reviewed by the unit that passed it; the office decides the rest.</summary>
    public static bool CanDecideCheckOff(Member member, Assignment a) => a.ParentId is null ? member.IsOffice : IsReviewer(member, a);
}
