using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Cascade;

/// <summary>Who an item can be passed down to: the unit's sub-units (by name or alias) and the people of the unit and its sub-units.</summary>
internal sealed record CascadeTarget(Unit? SubUnit, Member? Person)
{
    public string Key => SubUnit is not null ? "unit:" + SubUnit.Id : "member:" + Person!.Id;
    public string Name => SubUnit?.Name ?? Person!.Name;

    public static IReadOnlyList<Unit> SubUnits(IStoreSession store, string unitId) =>
        store.Roster.Units().Where(u => u.ParentId == unitId).OrderBy(u => u.Name, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<CascadeTarget> All(IStoreSession store, string unitId)
    {
        var subs = SubUnits(store, unitId);
        var people = subs.Select(u => u.Id).Prepend(unitId).SelectMany(store.Roster.MembersOf)
            .DistinctBy(m => m.Id).OrderBy(m => m.Id, StringComparer.Ordinal);
        return subs.Select(u => new CascadeTarget(u, null)).Concat(people.Select(m => new CascadeTarget(null, m))).ToList();
    }

    /// <summary>A name as said, or a card's key ("unit:…", "member:…").</summary>
    public static CascadeTarget? Find(IReadOnlyList<CascadeTarget> all, string said)
    {
        var s = said.Trim();
        return all.FirstOrDefault(t => t.Key == s)
            ?? all.FirstOrDefault(t => t.SubUnit is { } u && u.AllNames().Contains(s))
            ?? all.FirstOrDefault(t => t.Person is { } m && m.Name == s);
    }

    /// <summary>Who hears of an item passed to them: the sub-unit's head and liaison, or the person.</summary>
    public static IReadOnlyList<string> Recipients(IStoreSession store, Assignment child) =>
        child.AssigneeMemberIds.Count > 0
            ? child.AssigneeMemberIds
            : store.Roster.MembersOf(child.UnitId).Where(m => m.HasRole(child.UnitId, UnitRole.Head, UnitRole.Liaison))
                .Select(m => m.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();

    /// <summary>The name a passed-down item goes by in the tree: its person, else its unit.</summary>
    public static string NameOf(IStoreSession store, Assignment child) =>
        child.AssigneeMemberIds.Count > 0 && child.ParentId is not null
            ? string.Join("、", child.AssigneeMemberIds.Select(id => store.Roster.Member(id)?.Name ?? id))
            : store.Roster.Unit(child.UnitId)?.Name ?? child.UnitId;
}
