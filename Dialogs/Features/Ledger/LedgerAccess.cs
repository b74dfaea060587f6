using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Ledger;

/// <summary>
/// Who may export which ledger, as 我的待办 scopes items: the office every unit; a leader the units of
/// their portfolio; a unit's head, deputy or liaison their own unit(s); staff none (their own items
/// are in 我的待办). A unit named outside one's scope is refused, never quietly narrowed.
/// </summary>
public static class LedgerAccess
{
    /// <summary>The units the member may export; null = every unit (the office); empty = none.</summary>
    public static IReadOnlySet<string>? Units(Member member)
    {
        if (member.IsOffice) return null;
        var units = member.ResponsibleUnitIds().ToHashSet(StringComparer.Ordinal);
        if (member.IsLeader) units.UnionWith(member.Portfolio);
        return units;
    }
}
