using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Delegation;

/// <summary>
/// 代理 in the turn pipeline: while a delegation is active the deputy acts with their own roles and those of
/// each person they stand in for (unit roles, office, leader, portfolio). The roster is not changed; the
/// turn's member is a merged copy and the audit records "by deputy for principal" (TurnContext.Audit).
/// </summary>
public static class DelegationScope
{
    public static (Member Acting, IReadOnlyList<Member> Principals) Resolve(IStoreSession store, Member member, DateOnly today)
    {
        var active = store.Get<IDelegations>().ActingFor(member.Id, today);
        if (active.Count == 0) return (member, []);
        var principals = active.Select(d => store.Roster.Member(d.PrincipalId)).OfType<Member>().Where(p => p.Id != member.Id).DistinctBy(p => p.Id).ToList();
        if (principals.Count == 0) return (member, []);
        var acting = new Member
        {
            Id = member.Id, Name = member.Name, AadObjectId = member.AadObjectId, Email = member.Email, Phone = member.Phone,
            ChannelUserId = member.ChannelUserId, Locale = member.Locale,
            Memberships = member.Memberships.Concat(principals.SelectMany(p => p.Memberships))
                .DistinctBy(m => (m.UnitId, m.Role)).Select(m => new Membership { UnitId = m.UnitId, Role = m.Role }).ToList(),
            BureauRoles = member.BureauRoles.Concat(principals.SelectMany(p => p.BureauRoles)).Distinct().ToList(),
            Portfolio = member.Portfolio.Concat(principals.SelectMany(p => p.Portfolio)).Distinct().ToList(),
            UnitIds = member.UnitIds.Concat(principals.SelectMany(p => p.UnitIds)).Distinct().ToList(),
        };
        return (acting, principals);
    }
}
