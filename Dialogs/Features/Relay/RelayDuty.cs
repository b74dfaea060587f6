using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>
/// Who may act for a unit's relay meeting: that unit's head, deputy or liaison, or the office (which
/// must name the unit, because it acts for everyone).
/// </summary>
public sealed class RelayDuty(IStore store, RelayBoard board)
{
    /// <summary>The outcome of working out which unit a member is acting for.</summary>
    public abstract record Decision;
    public sealed record Acting(Unit Unit) : Decision;
    public sealed record MustChoose(IReadOnlyList<Unit> Units) : Decision;
    public sealed record OfficeMustName : Decision;
    public sealed record Refused(string? UnitName) : Decision;
    public sealed record UnknownUnit(string Name) : Decision;

    // "我们处", "本单位", "our unit": the speaker's own unit, not a name to look up.
    private static readonly string[] SelfWords = ["我们", "我处", "我科", "我队", "我办", "本单位", "本处", "本科", "本队", "本办", "本中心", "our", "my unit", "us"];

    public static bool MayActFor(Member member, string unitId) =>
        member.IsOffice || member.HasRole(unitId, UnitRole.Head, UnitRole.Deputy, UnitRole.Liaison);

    public Unit? Resolve(string idOrName) =>
        store.Roster.Unit(idOrName) ?? MemberDirectory.FindUnit(store, idOrName)
        ?? store.Roster.Units().FirstOrDefault(u => u.AllNames().Any(n => idOrName.Contains(n, StringComparison.Ordinal)));

    /// <summary>Units this member answers for in this meeting's relay duty.</summary>
    public IReadOnlyList<Unit> OwnUnits(Member member, Meeting meeting)
    {
        var mine = member.ResponsibleUnitIds().ToHashSet();
        return board.UnitsOf(meeting).Where(u => mine.Contains(u.Id)).ToList();
    }

    /// <summary>
    /// <paramref name="unitIdOrName"/> is the unit named on the card or in the sentence, if any. A
    /// member of several units is asked which; the office with no unit named is asked to name it.
    /// </summary>
    public Decision Decide(Member member, Meeting meeting, string? unitIdOrName)
    {
        var named = unitIdOrName?.Trim();
        if (!string.IsNullOrEmpty(named) && !SelfWords.Any(w => named.StartsWith(w, StringComparison.OrdinalIgnoreCase)))
        {
            var unit = Resolve(named);
            if (unit is null) return new UnknownUnit(named);
            return MayActFor(member, unit.Id) ? new Acting(unit) : new Refused(unit.Name);
        }
        var own = OwnUnits(member, meeting);
        if (own.Count == 1) return new Acting(own[0]);
        if (own.Count > 1) return new MustChoose(own);
        return member.IsOffice ? new OfficeMustName() : new Refused(null);
    }
}
