using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Roster.Import;

/// <summary>
/// Compares a roster file with the store: the file becomes the roster. Units are recognised by id,
/// then name; members by id, then object id, then email, then a unique name — so a re-import changes
/// records in place and keeps their Teams binding. Nothing is written here.
/// </summary>
public static class RosterPlanner
{
    public static RosterPlan Plan(IStore store, RosterDocument doc, string source)
    {
        var plan = new RosterPlan();
        var file = Path.GetFileName(source);
        string At(string? where, string field) => $"{file}{(where is null ? "" : ", " + where)}, field '{field}'";

        var oldUnits = store.Roster.Units().ToList();
        var oldMembers = store.Roster.Members().ToList();

        // Units: names and aliases must be unique, since members and speech refer to units by them.
        var byName = new Dictionary<string, Unit>(StringComparer.Ordinal);
        var usedUnitIds = new HashSet<string>(oldUnits.Select(u => u.Id));
        var keptUnitIds = new HashSet<string>();
        var placed = new List<(RosterUnit Doc, Unit Unit)>();
        foreach (var u in doc.Units)
        {
            var name = u.Name?.Trim() ?? "";
            if (name.Length == 0) { plan.Errors.Add($"{At(u.Where, "name")}: a unit needs a name"); continue; }
            var old = oldUnits.FirstOrDefault(o => !string.IsNullOrWhiteSpace(u.Id) && o.Id == u.Id.Trim())
                ?? oldUnits.FirstOrDefault(o => o.Name == name && !keptUnitIds.Contains(o.Id));
            var id = old?.Id ?? (string.IsNullOrWhiteSpace(u.Id) ? NewId("u", usedUnitIds) : u.Id.Trim());
            if (!keptUnitIds.Add(id)) { plan.Errors.Add($"{At(u.Where, "id")}: unit id '{id}' is used twice"); continue; }
            usedUnitIds.Add(id);
            var unit = new Unit
            {
                Id = id,
                Name = name,
                Aliases = u.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0 && a != name).Distinct().ToList(),
                Kind = u.Kind?.Trim() ?? "",
            };
            foreach (var n in unit.AllNames())
                if (!byName.TryAdd(n, unit))
                    plan.Errors.Add($"{At(u.Where, "name")}: '{n}' already names unit {byName[n].Name}");
            plan.Units.Add(unit);
            placed.Add((u, unit));
        }
        foreach (var (u, unit) in placed)
        {
            if (string.IsNullOrWhiteSpace(u.Parent)) continue;
            if (byName.TryGetValue(u.Parent.Trim(), out var parent)) unit.ParentId = parent.Id;
            else plan.Errors.Add($"{At(u.Where, "parent")}: unknown unit '{u.Parent}'");
        }

        // Members.
        var usedMemberIds = new HashSet<string>(oldMembers.Select(m => m.Id));
        var keptMemberIds = new HashSet<string>();
        var byEmail = new Dictionary<string, RosterMember>();
        var byAad = new Dictionary<string, RosterMember>();
        foreach (var m in doc.Members)
        {
            var name = m.Name?.Trim() ?? "";
            if (name.Length == 0) { plan.Errors.Add($"{At(m.Where, "name")}: a member needs a name"); continue; }
            var email = Normal(m.Email);
            var aad = Normal(m.AadObjectId);
            if (email is not null && !byEmail.TryAdd(email, m))
                plan.Errors.Add($"{At(m.Where, "email")}: {name} has the same email {email} as {byEmail[email].Name} ({byEmail[email].Where}) — duplicate member");
            if (aad is not null && !byAad.TryAdd(aad, m))
                plan.Errors.Add($"{At(m.Where, "aadObjectId")}: {name} has the same object id {aad} as {byAad[aad].Name} ({byAad[aad].Where}) — duplicate member");

            var memberships = new List<Membership>();
            foreach (var x in m.Units)
            {
                if (!byName.TryGetValue(x.Unit?.Trim() ?? "", out var unit)) { plan.Errors.Add($"{At(m.Where, "units")}: {name} names unknown unit '{x.Unit}'"); continue; }
                if (RosterRoles.ParseUnitRole(x.Role) is not { } role) { plan.Errors.Add($"{At(m.Where, "units")}: {name} has unknown role '{x.Role}' in {unit.Name} (head, deputy, liaison, staff)"); continue; }
                // A person in two units is allowed; the same unit twice keeps the higher role.
                var same = memberships.FirstOrDefault(s => s.UnitId == unit.Id);
                if (same is null) memberships.Add(new Membership { UnitId = unit.Id, Role = role });
                else if (role > same.Role) same.Role = role;
            }
            var roles = new List<BureauRole>();
            foreach (var r in m.Roles)
            {
                if (RosterRoles.ParseBureauRole(r) is { } role) { if (!roles.Contains(role)) roles.Add(role); }
                else plan.Errors.Add($"{At(m.Where, "roles")}: {name} has unknown role '{r}' (office, leader)");
            }
            var portfolio = new List<string>();
            foreach (var p in m.Portfolio)
            {
                if (byName.TryGetValue(p.Trim(), out var unit)) { if (!portfolio.Contains(unit.Id)) portfolio.Add(unit.Id); }
                else plan.Errors.Add($"{At(m.Where, "portfolio")}: {name} names unknown unit '{p}'");
            }

            var old = FindOld(oldMembers, keptMemberIds, m.Id?.Trim(), aad, email, name);
            var id = old?.Id ?? (string.IsNullOrWhiteSpace(m.Id) ? NewId("m", usedMemberIds) : m.Id.Trim());
            if (!keptMemberIds.Add(id)) { plan.Errors.Add($"{At(m.Where, "id")}: member id '{id}' is used twice"); continue; }
            usedMemberIds.Add(id);
            plan.Members.Add(new Member
            {
                Id = id,
                Name = name,
                Email = email,
                AadObjectId = aad ?? old?.AadObjectId,
                Phone = string.IsNullOrWhiteSpace(m.Phone) ? null : m.Phone.Trim(),
                // The Teams binding is learned at run time, not carried in files: keep it.
                ChannelUserId = old?.ChannelUserId,
                Locale = old?.Locale,
                Memberships = memberships,
                UnitIds = memberships.Select(x => x.UnitId).Distinct().ToList(),
                BureauRoles = roles,
                Portfolio = portfolio,
            });
        }

        PlanDeputies(plan, store, doc, At);

        foreach (var unit in plan.Units.Where(u => !plan.Members.Any(m => m.HasRole(u.Id, UnitRole.Head))))
            plan.Warnings.Add($"unit {unit.Name} has no head (负责人)");

        Compare(plan, store, oldUnits, oldMembers);
        return plan;
    }

    /// <summary>
    /// 代理 on members' records: the deputy by id or unique name, days as yyyy-MM-dd. A delegation the store
    /// already has (same people and days, not cancelled) is kept as it is; the rest are new.
    /// </summary>
    private static void PlanDeputies(RosterPlan plan, IStore store, RosterDocument doc, Func<string?, string, string> at)
    {
        var existing = store.Get<IDelegations>().All().Where(d => d.CancelledAt is null).ToList();
        foreach (var (m, principal) in doc.Members.Zip(plan.Members.Count == doc.Members.Count ? plan.Members : []))
        {
            foreach (var x in m.Deputies ?? [])
            {
                var said = x.Deputy?.Trim() ?? "";
                var deputy = plan.Members.FirstOrDefault(p => p.Id == said)
                    ?? (plan.Members.Count(p => p.Name == said) == 1 ? plan.Members.First(p => p.Name == said) : null);
                if (deputy is null) { plan.Errors.Add($"{at(m.Where, "deputies")}: {principal.Name} names unknown or ambiguous deputy '{said}'"); continue; }
                if (deputy.Id == principal.Id) { plan.Errors.Add($"{at(m.Where, "deputies")}: {principal.Name} cannot be their own deputy"); continue; }
                if (!Day(x.From, out var from) || !Day(x.To, out var to) || to < from)
                { plan.Errors.Add($"{at(m.Where, "deputies")}: {principal.Name}'s deputy {deputy.Name} needs days as yyyy-MM-dd, the first not after the last ('{x.From}..{x.To}')"); continue; }
                var same = existing.FirstOrDefault(d => d.PrincipalId == principal.Id && d.DeputyId == deputy.Id && d.From == from && d.To == to);
                plan.Delegations.Add(same ?? new DelegationRecord { Id = Guid.NewGuid().ToString("N"), PrincipalId = principal.Id, DeputyId = deputy.Id, From = from, To = to });
                if (same is null) plan.Changes.Add(new("delegation", "added", principal.Id, $"{principal.Name} → {deputy.Name} {x.From}..{x.To}"));
            }
        }
        foreach (var d in existing.Where(d => plan.Delegations.All(p => p.Id != d.Id)))
            plan.Changes.Add(new("delegation", "removed", d.Id, $"{d.PrincipalId} → {d.DeputyId}"));
    }

    private static bool Day(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out day);

    private static Member? FindOld(List<Member> old, HashSet<string> taken, string? id, string? aad, string? email, string name)
    {
        var free = old.Where(o => !taken.Contains(o.Id)).ToList();
        if (!string.IsNullOrEmpty(id) && free.FirstOrDefault(o => o.Id == id) is { } byId) return byId;
        if (aad is not null && free.FirstOrDefault(o => o.AadObjectId == aad) is { } byAad) return byAad;
        if (email is not null && free.FirstOrDefault(o => o.Email == email) is { } byEmail) return byEmail;
        var sameName = free.Where(o => o.Name == name).ToList();
        return sameName.Count == 1 && (sameName[0].Email is null || email is null) ? sameName[0] : null;
    }

    /// <summary>Added, changed and removed records; removing one that still has open items is an error.</summary>
    private static void Compare(RosterPlan plan, IStore store, List<Unit> oldUnits, List<Member> oldMembers)
    {
        string UnitName(string id) => plan.Units.FirstOrDefault(u => u.Id == id)?.Name ?? oldUnits.FirstOrDefault(u => u.Id == id)?.Name ?? id;
        string OldUnitName(string id) => oldUnits.FirstOrDefault(u => u.Id == id)?.Name ?? id;
        static string Id(string id) => id;

        foreach (var unit in plan.Units)
        {
            var old = oldUnits.FirstOrDefault(o => o.Id == unit.Id);
            if (old is null) plan.Changes.Add(new("unit", "added", unit.Id, unit.Name));
            else if (RosterDiff.Of(RosterDiff.Fields(old, Id), RosterDiff.Fields(unit, Id), RosterDiff.Fields(old, OldUnitName), RosterDiff.Fields(unit, UnitName)) is { } diff)
                plan.Changes.Add(new("unit", "changed", unit.Id, unit.Name, diff.From, diff.To));
        }
        foreach (var old in oldUnits.Where(o => plan.Units.All(u => u.Id != o.Id)))
        {
            var open = OpenWork.ForUnit(store, old.Id);
            if (open.Count > 0) plan.Errors.Add($"unit {old.Name} is not in the file but still has open items: {OpenWork.Describe(open, Conversation.Lang.En)}");
            plan.Changes.Add(new("unit", "removed", old.Id, old.Name));
        }
        foreach (var member in plan.Members)
        {
            var old = oldMembers.FirstOrDefault(o => o.Id == member.Id);
            if (old is null) plan.Changes.Add(new("member", "added", member.Id, member.Name));
            else if (RosterDiff.Of(RosterDiff.Fields(old, Id), RosterDiff.Fields(member, Id), RosterDiff.Fields(old, OldUnitName), RosterDiff.Fields(member, UnitName)) is { } diff)
                plan.Changes.Add(new("member", "changed", member.Id, member.Name, diff.From, diff.To));
        }
        foreach (var old in oldMembers.Where(o => plan.Members.All(m => m.Id != o.Id)))
        {
            var open = OpenWork.ForMember(store, old.Id);
            if (open.Count > 0) plan.Errors.Add($"member {old.Name} is not in the file but still has open items: {OpenWork.Describe(open, Conversation.Lang.En)}");
            plan.Changes.Add(new("member", "removed", old.Id, old.Name));
        }
    }

    private static string? Normal(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToLowerInvariant();

    private static string NewId(string prefix, HashSet<string> used)
    {
        for (var n = used.Count + 1; ; n++)
        {
            var id = $"{prefix}{n:000}";
            if (used.Add(id)) return id;
        }
    }
}
