using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.CheckOff;

/// <summary>Who hears about a check-off: the office when a unit asks; the unit's head, liaison and the requester when the office decides.</summary>
internal static class CheckOffNotices
{
    public static IEnumerable<Member> Office(IStoreSession store) =>
        store.Roster.MembersWith(BureauRole.Office);

    public static IEnumerable<string> UnitToTell(IStoreSession store, string unitId, string requesterId)
    {
        var ids = store.Roster.MembersOf(unitId)
            .Where(m => m.HasRole(unitId, UnitRole.Head, UnitRole.Liaison))
            .Select(m => m.Id).ToList();
        ids.Add(requesterId);
        return ids.Distinct();
    }

}
