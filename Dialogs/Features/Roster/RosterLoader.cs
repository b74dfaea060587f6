using System.Text.Json;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Roster;

/// <summary>Turns a roster document into units and members, and seeds an empty store with it.</summary>
public static class RosterLoader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static RosterDocument ReadJson(string path) =>
        JsonSerializer.Deserialize<RosterDocument>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path}: empty roster");

    /// <summary>Loads the roster only when the store has no units yet; returns whether it loaded.</summary>
    public static bool SeedIfEmpty(IStore store, RosterDocument roster) =>
        store.Write(s =>
        {
            if (s.Roster.UnitCount() > 0) return false;
            var (units, members) = Build(roster);
            s.Roster.AddUnits(units);
            s.Roster.AddMembers(members);
            return true;
        });

    public static (List<Unit> Units, List<Member> Members) Build(RosterDocument roster)
    {
        var units = roster.Units.Select((u, i) => new Unit
        {
            Id = string.IsNullOrWhiteSpace(u.Id) ? $"u{i + 1:000}" : u.Id!,
            Name = u.Name.Trim(),
            Aliases = u.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0).ToList(),
            Kind = u.Kind ?? "",
        }).ToList();
        var byName = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var unit in units)
            foreach (var name in unit.AllNames())
                byName.TryAdd(name, unit);
        foreach (var (doc, unit) in roster.Units.Zip(units))
            if (!string.IsNullOrWhiteSpace(doc.Parent))
                unit.ParentId = Resolve(byName, doc.Parent!, $"unit {unit.Name}").Id;

        var members = roster.Members.Select((m, i) =>
        {
            var memberships = m.Units.Select(x => new Membership
            {
                UnitId = Resolve(byName, x.Unit, $"member {m.Name}").Id,
                Role = ParseUnitRole(x.Role, m.Name),
            }).ToList();
            return new Member
            {
                Id = string.IsNullOrWhiteSpace(m.Id) ? $"m{i + 1:000}" : m.Id!,
                Name = m.Name.Trim(),
                Email = m.Email?.Trim().ToLowerInvariant(),
                AadObjectId = m.AadObjectId?.Trim().ToLowerInvariant(),
                Phone = m.Phone,
                Memberships = memberships,
                UnitIds = memberships.Select(x => x.UnitId).Distinct().ToList(),
                BureauRoles = m.Roles.Select(r => ParseBureauRole(r, m.Name)).Distinct().ToList(),
                Portfolio = m.Portfolio.Select(p => Resolve(byName, p, $"member {m.Name} portfolio").Id).ToList(),
            };
        }).ToList();
        return (units, members);
    }

    private static Unit Resolve(Dictionary<string, Unit> byName, string name, string where) =>
        byName.TryGetValue(name.Trim(), out var unit) ? unit : throw new InvalidDataException($"{where}: unknown unit '{name}'");

    public static UnitRole ParseUnitRole(string role, string who) => role.Trim().ToLowerInvariant() switch
    {
        "head" or "负责人" => UnitRole.Head,
        "deputy" or "副职" => UnitRole.Deputy,
        "liaison" or "联络员" => UnitRole.Liaison,
        "staff" or "干部职工" or "" => UnitRole.Staff,
        _ => throw new InvalidDataException($"member {who}: unknown role '{role}'"),
    };

    public static BureauRole ParseBureauRole(string role, string who) => role.Trim().ToLowerInvariant() switch
    {
        "office" or "督办员" => BureauRole.Office,
        "leader" or "分管领导" => BureauRole.Leader,
        _ => throw new InvalidDataException($"member {who}: unknown role '{role}'"),
    };
}
