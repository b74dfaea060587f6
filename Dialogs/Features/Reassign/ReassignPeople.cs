using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Reassign;

/// <summary>The roster reads of 退回 / 改派: the office that decides, and a unit's head and liaison who hear of it.</summary>
internal static class ReassignPeople
{
    public static IReadOnlyList<Member> Office(IStoreSession store) =>
        store.Roster.MembersWith(BureauRole.Office).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();

    /// <summary>The unit's head and liaison: who a dispatch reaches (as at intake).</summary>
    public static IReadOnlyList<Member> Contacts(IStoreSession store, string unitId) =>
        store.Roster.MembersOf(unitId)
            .Where(m => m.HasRole(unitId, UnitRole.Head, UnitRole.Liaison)).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<Unit> Units(IStoreSession store) => store.Roster.Units();

    public static Unit? Unit(IStoreSession store, string id) => store.Roster.Unit(id);

    public static Meeting? Meeting(IStoreSession store, string id) => store.Meetings.Get(id);
}
