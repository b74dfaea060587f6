using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;
using LiteDB;

namespace ChatBot.Dialogs.Features.Reassign;

/// <summary>The roster reads of 退回 / 改派: the office that decides, and a unit's head and liaison who hear of it.</summary>
internal static class ReassignPeople
{
    public static IReadOnlyList<Member> Office(TaskStore store) =>
        store.Members.Find(BsonExpression.Create("$.BureauRoles[*] ANY = @0", new BsonValue(nameof(BureauRole.Office))))
            .OrderBy(m => m.Id, StringComparer.Ordinal).ToList();

    /// <summary>The unit's head and liaison: who a dispatch reaches (as at intake).</summary>
    public static IReadOnlyList<Member> Contacts(TaskStore store, string unitId) =>
        store.Members.Find(BsonExpression.Create("$.UnitIds[*] ANY = @0", new BsonValue(unitId)))
            .Where(m => m.HasRole(unitId, UnitRole.Head, UnitRole.Liaison)).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<Unit> Units(TaskStore store) => store.Units.FindAll().ToList();

    public static Unit? Unit(TaskStore store, string id) => store.Units.FindById(id);

    public static Meeting? Meeting(TaskStore store, string id) => store.Meetings.FindById(id);
}
