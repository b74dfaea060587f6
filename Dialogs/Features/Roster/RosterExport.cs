using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Roster;

/// <summary>The store's roster as a document, referring to units by name, ready for any of the four file formats.</summary>
public static class RosterExport
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static RosterDocument FromStore(IStore store)
    {
        var units = store.Roster.Units().OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var members = store.Roster.Members().ToDictionary(m => m.Id, m => m.Name);
        // 代理 still to run or running (not cancelled), on the principal's record; the deputy by name when it is unique.
        var deputies = store.Get<IDelegations>().All().Where(d => d.CancelledAt is null).GroupBy(d => d.PrincipalId).ToDictionary(g => g.Key, g => g.ToList());
        string Person(string id) => members.TryGetValue(id, out var n) && members.Values.Count(x => x == n) == 1 ? n : id;
        string Name(string id) => names.GetValueOrDefault(id, id);
        return new RosterDocument
        {
            Units = units.Select(u => new RosterUnit
            {
                Id = u.Id,
                Name = u.Name,
                Aliases = [.. u.Aliases],
                Kind = string.IsNullOrEmpty(u.Kind) ? null : u.Kind,
                Parent = u.ParentId is null ? null : Name(u.ParentId),
            }).ToList(),
            Members = store.Roster.Members().OrderBy(m => m.Id, StringComparer.Ordinal).Select(m => new RosterMember
            {
                Id = m.Id,
                Name = m.Name,
                Email = m.Email,
                AadObjectId = m.AadObjectId,
                Phone = m.Phone,
                Units = m.Memberships.Select(x => new RosterMembership { Unit = Name(x.UnitId), Role = RosterRoles.Code(x.Role) }).ToList(),
                Roles = m.BureauRoles.Select(RosterRoles.Code).ToList(),
                Portfolio = m.Portfolio.Select(Name).ToList(),
                Deputies = deputies.TryGetValue(m.Id, out var ds)
                    ? ds.Select(d => new RosterDeputy { Deputy = Person(d.DeputyId), From = Iso(d.From), To = Iso(d.To) }).ToList() : null,
            }).ToList(),
        };
    }
}
