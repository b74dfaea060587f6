using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Extension;

/// <summary>
/// Who decides a unit's 延期申请: the office, or (<see cref="ExtensionApprover.Leader"/>) the leaders whose
/// portfolio holds the unit — the office when no leader is in charge of it. The same list gets the card
/// and is checked on every decision, typed or clicked.
/// </summary>
internal static class ExtensionApprovers
{
    public static IReadOnlyList<Member> For(IStoreSession store, string unitId, WorkflowOptions options)
    {
        if (options.Approver == ExtensionApprover.Leader)
        {
            var leaders = store.Roster.MembersWith(BureauRole.Leader)
                .Where(m => m.Portfolio.Contains(unitId)).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
            if (leaders.Count > 0) return leaders;
        }
        return store.Roster.MembersWith(BureauRole.Office).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
    }

    public static bool CanDecide(IStoreSession store, Member member, string unitId, WorkflowOptions options) =>
        For(store, unitId, options).Any(m => m.Id == member.Id);

    /// <summary>Who hears the answer: the unit's head and liaison, and the one who asked.</summary>
    public static IEnumerable<string> UnitToTell(IStoreSession store, string unitId, string requesterId) =>
        store.Roster.MembersOf(unitId)
            .Where(m => m.HasRole(unitId, UnitRole.Head, UnitRole.Liaison))
            .Select(m => m.Id).Append(requesterId).Distinct();
}
