using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ChatBot.Dialogs.Storage.PostgreSql;

/// <summary>
/// Dialogs' own repositories reached with <c>store.Get&lt;T&gt;()</c> (the ones not on <see cref="IStoreSession"/>),
/// on PostgreSQL: each adds its table's schema step and its implementation here, one line each, e.g.
/// <code>
/// PgSchema.Add("0003_delegations", [PgTables.Delegations]);
/// PostgreSqlStore.Provide&lt;IDelegationRepository&gt;(s =&gt; new PgDelegations(s));
/// </code>
/// Steps take the next free number; the host registers its own in Bot/Storage/PostgreSql.
/// </summary>
internal static class PgRepositories
{
    // A module initializer: the registrations are there before any store hands a repository out.
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Registration of this assembly's store implementations, nothing else.")]
    internal static void Register()
    {
        // Dialogs' core tables are step 0001 (PgTables.Register, from PgSchema's static constructor).
        RuntimeHelpers.RunClassConstructor(typeof(PgSchema).TypeHandle);
        PgWorkflowTables.Register();
        PostgreSqlStore.Provide<IDelegations>(s => new PgDelegations(s));
        PostgreSqlStore.Provide<IItemTree>(s => new PgItemTree(s));
        PostgreSqlStore.Provide<IBulletinDrafts>(s => new PgBulletinDrafts(s));
        PostgreSqlStore.Provide<IInstructions>(s => new PgInstructions(s));
        PostgreSqlStore.Provide<IScoringReads>(s => new PgScoringReads(s));
        PostgreSqlStore.Provide<IReminderSnoozes>(s => new PgReminderSnoozes(s));
        PostgreSqlStore.Provide<IReminderPreferences>(s => new PgReminderPreferences(s));
        PostgreSqlStore.Provide<IReportCadences>(s => new PgReportCadences(s));
    }
}
