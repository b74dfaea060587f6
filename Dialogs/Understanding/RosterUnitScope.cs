using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Understanding;

/// <summary>
/// Scope from the roster, the same rule as open items: the office sees every unit, a leader the units
/// of their portfolio and their own, anyone else the units they belong to. Aliases ride along in
/// brackets because people type them (工程处 for 市政工程处).
/// </summary>
public sealed class RosterUnitScope(IStore store) : IUnitScope
{
    /// <summary>A bureau has 20–40 units; more than this is not a list the prompt needs.</summary>
    public const int MaxUnits = 80;

    public IReadOnlyList<string> UnitNamesVisibleTo(string memberId)
    {
        var member = store.Roster.Member(memberId);
        if (member is null) return [];
        IEnumerable<Unit> units = member.IsOffice
            ? store.Roster.Units()
            : store.Roster.Units().Where(u => member.UnitIds.Contains(u.Id)
                || member.Memberships.Any(m => m.UnitId == u.Id)
                || (member.IsLeader && member.Portfolio.Contains(u.Id)));
        return units.OrderBy(u => u.Name, StringComparer.Ordinal).Take(MaxUnits)
            .Select(u => u.Aliases.Count == 0 ? u.Name : $"{u.Name}（{string.Join("、", u.Aliases)}）")
            .ToList();
    }
}
