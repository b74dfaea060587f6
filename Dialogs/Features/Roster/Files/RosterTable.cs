namespace ChatBot.Dialogs.Features.Roster.Files;

/// <summary>
/// The tabular layout shared by CSV and .xlsx: a units table and a members table, one row each,
/// lists in one cell separated by ";" and memberships as "unit:role" (see README.md).
/// </summary>
public static class RosterTable
{
    public static readonly string[] UnitColumns = ["name", "aliases", "kind", "parent", "id"];
    public static readonly string[] MemberColumns = ["name", "units", "roles", "portfolio", "email", "aadObjectId", "phone", "id", "deputies"];

    /// <summary>One row as read: its cells by column name, and where it was ("line 7", "sheet members, row 3").</summary>
    public sealed record Row(IReadOnlyDictionary<string, string> Cells, string Where)
    {
        public string Get(string column) => Cells.TryGetValue(column, out var v) ? v.Trim() : "";
        public string? Optional(string column) => Get(column) is { Length: > 0 } v ? v : null;
    }

    public static IEnumerable<string[]> UnitRows(RosterDocument roster) =>
        roster.Units.Select(u => new[] { u.Name, Join(u.Aliases), u.Kind ?? "", u.Parent ?? "", u.Id ?? "" });

    public static IEnumerable<string[]> MemberRows(RosterDocument roster) =>
        roster.Members.Select(m => new[]
        {
            m.Name, Join(m.Units.Select(x => $"{x.Unit}:{x.Role}")), Join(m.Roles), Join(m.Portfolio),
            m.Email ?? "", m.AadObjectId ?? "", m.Phone ?? "", m.Id ?? "",
            Join((m.Deputies ?? []).Select(d => $"{d.Deputy}@{d.From}..{d.To}")),
        });

    /// <summary>Checks a header row: every column must be known, "name" must be there.</summary>
    public static void CheckHeader(string file, string table, string where, IReadOnlyCollection<string> header)
    {
        var known = table == "units" ? UnitColumns : MemberColumns;
        foreach (var column in header.Where(c => c.Length > 0))
            if (!known.Contains(column, StringComparer.OrdinalIgnoreCase))
                throw RosterFileException.At(file, where, column, $"unknown column in the {table} table (expected {string.Join(", ", known)})");
        if (!header.Contains("name", StringComparer.OrdinalIgnoreCase))
            throw RosterFileException.At(file, where, "name", $"the {table} table has no 'name' column");
    }

    public static RosterUnit ToUnit(Row row) => new()
    {
        Id = row.Optional("id"),
        Name = row.Get("name"),
        Aliases = Split(row.Get("aliases")),
        Kind = row.Optional("kind"),
        Parent = row.Optional("parent"),
        Where = row.Where,
    };

    public static RosterMember ToMember(Row row) => new()
    {
        Id = row.Optional("id"),
        Name = row.Get("name"),
        Units = Split(row.Get("units")).Select(ToMembership).ToList(),
        Roles = Split(row.Get("roles")),
        Portfolio = Split(row.Get("portfolio")),
        Email = row.Optional("email"),
        AadObjectId = row.Optional("aadObjectId"),
        Phone = row.Optional("phone"),
        Deputies = Split(row.Get("deputies")) is { Count: > 0 } deputies ? deputies.Select(ToDeputy).ToList() : null,
        Where = row.Where,
    };

    /// <summary>"沈娟@2026-12-10..2026-12-15"; one day may be written alone ("沈娟@2026-12-10").</summary>
    private static RosterDeputy ToDeputy(string cell)
    {
        var at = cell.LastIndexOf('@');
        if (at < 0) return new RosterDeputy { Deputy = cell.Trim() };
        var days = cell[(at + 1)..].Split("..", 2, StringSplitOptions.TrimEntries);
        return new RosterDeputy { Deputy = cell[..at].Trim(), From = days[0], To = days.Length > 1 ? days[1] : days[0] };
    }

    /// <summary>"市政工程处:head" (or with a full-width colon); no role means staff.</summary>
    private static RosterMembership ToMembership(string cell)
    {
        var at = cell.IndexOfAny([':', '：']);
        return at < 0
            ? new RosterMembership { Unit = cell.Trim(), Role = "staff" }
            : new RosterMembership { Unit = cell[..at].Trim(), Role = cell[(at + 1)..].Trim() };
    }

    public static List<string> Split(string cell) =>
        cell.Split([';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string Join(IEnumerable<string> items) => string.Join(";", items);

    /// <summary>Matches header names case-insensitively to the canonical column names.</summary>
    public static string Canonical(string table, string header)
    {
        var known = table == "units" ? UnitColumns : MemberColumns;
        return known.FirstOrDefault(c => string.Equals(c, header.Trim(), StringComparison.OrdinalIgnoreCase)) ?? header.Trim();
    }
}
