using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;
using LiteDB;

namespace ChatBot.Dialogs.Features.CheckOff;

/// <summary>Who hears about a check-off: the office when a unit asks; the unit's head, liaison and the requester when the office decides.</summary>
internal static class CheckOffNotices
{
    public static IEnumerable<Member> Office(TaskStore store) =>
        store.Members.Find(BsonExpression.Create("$.BureauRoles[*] ANY = @0", new BsonValue(nameof(BureauRole.Office))));

    public static IEnumerable<string> UnitToTell(TaskStore store, string unitId, string requesterId)
    {
        var ids = store.Members.Find(BsonExpression.Create("$.UnitIds[*] ANY = @0", new BsonValue(unitId)))
            .Where(m => m.HasRole(unitId, UnitRole.Head, UnitRole.Liaison))
            .Select(m => m.Id).ToList();
        ids.Add(requesterId);
        return ids.Distinct();
    }

}
