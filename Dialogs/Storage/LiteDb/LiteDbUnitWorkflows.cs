using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage.LiteDb;

/// <summary>The LiteDB implementations of the repositories reached with <c>Get&lt;T&gt;()</c> that Dialogs declares itself.</summary>
internal static class LiteDbUnitWorkflows
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Registration of this assembly's store implementations, nothing else.")]
    internal static void Register()
    {
        LiteDbStore.Provide<IDelegations>(c => new LiteDbDelegations(c));
        LiteDbStore.Provide<IItemTree>(c => new LiteDbItemTree(c));
    }
}

internal sealed class LiteDbDelegations(LiteDbCollections c) : IDelegations
{
    private LiteDB.ILiteCollection<DelegationRecord> Docs => c.Collection<DelegationRecord>("delegations");
    public DelegationRecord? Get(string id) => Docs.FindById(id);
    public IReadOnlyList<DelegationRecord> OfPrincipal(string principalId) => Docs.Find(d => d.PrincipalId == principalId).OrderBy(d => d.CreatedAt).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    // Asked on every turn (代理: does the speaker stand in for someone?): answered from memory until a
    // delegation is written (Add, Update go through Change).
    private readonly CachedLookup<DelegationRecord> _byDeputy = c.Cached<DelegationRecord>("delegations", new("$.DeputyId = @0"));
    public IReadOnlyList<DelegationRecord> OfDeputy(string deputyId) => _byDeputy.Find(deputyId).OrderBy(d => d.CreatedAt).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    public IReadOnlyList<DelegationRecord> All() => Docs.FindAll().OrderBy(d => d.CreatedAt).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    public void Add(DelegationRecord delegation) => c.Change("delegations", () => Docs.Insert(delegation));
    public void Update(DelegationRecord delegation) => c.Change("delegations", () => Docs.Update(delegation));
}

internal sealed class LiteDbItemTree(LiteDbCollections c) : IItemTree
{
    public IReadOnlyList<Assignment> Children(string parentId) =>
        c.Assignments.Find(a => a.ParentId == parentId).OrderBy(a => a.Number).ToList();
}
