using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Roster.Import;

/// <summary>One change an import makes: a unit or member added, changed (with the fields from → to) or removed.</summary>
public sealed record RosterChangeLine(string Entity, string Action, string Id, string Name, string? From = null, string? To = null)
{
    public override string ToString() => Action switch
    {
        "changed" => $"  ~ {Entity} {Name}: {From} → {To}",
        "added" => $"  + {Entity} {Name}",
        _ => $"  - {Entity} {Name}",
    };
}

/// <summary>
/// What importing a roster file would do to the store, worked out before anything is written: the
/// roster as it would be, the changes, and the problems (errors stop the import, warnings do not).
/// </summary>
public sealed class RosterPlan
{
    public List<string> Errors { get; } = [];
    public List<string> Warnings { get; } = [];
    public List<RosterChangeLine> Changes { get; } = [];
    public List<Unit> Units { get; } = [];
    public List<Member> Members { get; } = [];
    /// <summary>代理 as the file has them: the principal's current and coming delegations become these.</summary>
    public List<DelegationRecord> Delegations { get; } = [];

    public bool IsValid => Errors.Count == 0;

    public int Count(string entity, string action) => Changes.Count(c => c.Entity == entity && c.Action == action);

    public string Summary() =>
        $"units: {Count("unit", "added")} added, {Count("unit", "changed")} changed, {Count("unit", "removed")} removed; " +
        $"members: {Count("member", "added")} added, {Count("member", "changed")} changed, {Count("member", "removed")} removed";
}
