using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Roster.Import;

/// <summary>Field-by-field comparison of two versions of a unit or member, for the dry-run and the audit trail.</summary>
public static class RosterDiff
{
    public static Dictionary<string, string> Fields(Unit u, Func<string, string> unitName) => new()
    {
        ["name"] = u.Name,
        ["aliases"] = string.Join(";", u.Aliases),
        // LiteDB reads an empty string back as null.
        ["kind"] = u.Kind ?? "",
        ["parent"] = u.ParentId is null ? "" : unitName(u.ParentId),
    };

    public static Dictionary<string, string> Fields(Member m, Func<string, string> unitName) => new()
    {
        ["name"] = m.Name,
        ["email"] = m.Email ?? "",
        ["aadObjectId"] = m.AadObjectId ?? "",
        ["phone"] = m.Phone ?? "",
        ["units"] = string.Join(";", m.Memberships.Select(x => $"{unitName(x.UnitId)}:{RosterRoles.Code(x.Role)}")),
        ["roles"] = string.Join(";", m.BureauRoles.Select(RosterRoles.Code)),
        ["portfolio"] = string.Join(";", m.Portfolio.Select(unitName)),
    };

    /// <summary>Only the fields that differ, as "field=value, …" before and after; null when nothing differs.</summary>
    public static (string From, string To)? Of(Dictionary<string, string> before, Dictionary<string, string> after) =>
        Of(before, after, before, after);

    /// <summary>
    /// Fields compared by unit id (<paramref name="beforeIds"/>, <paramref name="afterIds"/>) and shown
    /// by unit name: renaming a unit is one change to the unit, not a change to each of its members.
    /// </summary>
    public static (string From, string To)? Of(Dictionary<string, string> beforeIds, Dictionary<string, string> afterIds,
        Dictionary<string, string> beforeShown, Dictionary<string, string> afterShown)
    {
        var changed = afterIds.Keys.Where(k => beforeIds.GetValueOrDefault(k, "") != afterIds[k]).ToList();
        if (changed.Count == 0) return null;
        return (string.Join(", ", changed.Select(k => $"{k}={beforeShown.GetValueOrDefault(k, "")}")),
                string.Join(", ", changed.Select(k => $"{k}={afterShown.GetValueOrDefault(k, "")}")));
    }
}
