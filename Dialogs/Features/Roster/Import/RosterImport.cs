using ChatBot.Dialogs.Features.Roster.Matching;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Roster.Import;

/// <summary>Applies a checked plan: all of it in one store transaction, every change audited, or nothing.</summary>
public static class RosterImport
{
    /// <summary>The actor recorded in the audit trail for changes made from the command line.</summary>
    public const string CommandLineActor = "cli:roster-import";

    public static void Apply(IStoreSession store, RosterPlan plan, string actor, DateTimeOffset at)
    {
        if (!plan.IsValid) throw new InvalidOperationException("An import with errors must not be applied.");
        store.Write(s =>
        {
            // Removals first, so a unit name freed by one record can be taken by another.
            // 代理: the file's delegations replace the ones not cancelled (a removed one is cancelled, kept in history).
            var delegations = s.Get<IDelegations>();
            foreach (var c in plan.Changes.Where(c => c.Entity == "delegation" && c.Action == "removed"))
                if (delegations.Get(c.Id) is { } gone) { gone.CancelledAt = at; gone.CancelledBy = actor; delegations.Update(gone); }
            foreach (var d in plan.Delegations.Where(d => delegations.Get(d.Id) is null))
            {
                d.CreatedBy = actor;
                d.CreatedAt = at;
                delegations.Add(d);
            }
            foreach (var c in plan.Changes.Where(c => c.Entity == "delegation"))
                s.Audit.Append("delegation", c.Id, $"roster.{c.Action}", null, c.Name, actor, at, null);
            foreach (var c in plan.Changes.Where(c => c.Action == "removed" && c.Entity != "delegation"))
            {
                if (c.Entity == "unit") s.Roster.DeleteUnit(c.Id);
                else s.Roster.DeleteMember(c.Id);
                s.Audit.Append(c.Entity, c.Id, "roster.removed", c.Name, null, actor, at, null);
            }
            // Changed units are replaced, not updated one by one: names are unique, and a file may swap two.
            foreach (var c in plan.Changes.Where(c => c.Entity == "unit" && c.Action == "changed")) s.Roster.DeleteUnit(c.Id);
            foreach (var unit in plan.Units) s.Roster.UpsertUnit(unit);
            foreach (var member in plan.Members) s.Roster.UpsertMember(member);
            foreach (var c in plan.Changes.Where(c => c.Action != "removed" && c.Entity != "delegation"))
                s.Audit.Append(c.Entity, c.Id, $"roster.{c.Action}", c.From, c.To ?? c.Name, actor, at, null);
            // People who wrote before they were on the roster are bound as soon as the roster names them.
            UnmatchedUsers.BindKnown(s, actor, at);
        });
    }
}
