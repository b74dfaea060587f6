using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Bulletin;
using ChatBot.Dialogs.Features.Cadence;
using ChatBot.Dialogs.Features.Instruction;
using ChatBot.Dialogs.Features.ReminderSettings;
using ChatBot.Dialogs.Features.Snooze;

namespace ChatBot.Dialogs.Storage.PostgreSql;

// The repositories of the unit workflows, leader tools and noise control on PostgreSQL, in the
// orders their LiteDB twins return.

internal sealed class PgDelegations(PostgreSqlStore store) : IDelegations
{
    private readonly PgDocuments<DelegationRecord> _docs = store.Documents(PgWorkflowTables.Delegations);
    public DelegationRecord? Get(string id) => _docs.Get(id);
    public IReadOnlyList<DelegationRecord> OfPrincipal(string principalId) => _docs.Query("WHERE principal_id = $1 ORDER BY created_at, id", principalId);
    public IReadOnlyList<DelegationRecord> OfDeputy(string deputyId) => _docs.Query("WHERE deputy_id = $1 ORDER BY created_at, id", deputyId);
    public IReadOnlyList<DelegationRecord> All() => _docs.Query("ORDER BY created_at, id");
    public void Add(DelegationRecord delegation) => _docs.Insert(delegation);
    public void Update(DelegationRecord delegation) => _docs.Update(delegation);
}

internal sealed class PgItemTree(PostgreSqlStore store) : IItemTree
{
    private readonly PgDocuments<Assignment> _items = store.Documents(PgTables.Assignments);
    public IReadOnlyList<Assignment> Children(string parentId) => _items.Query("WHERE parent_id = $1 ORDER BY number", parentId);
}

internal sealed class PgBulletinDrafts(PostgreSqlStore store) : IBulletinDrafts
{
    private readonly PgDocuments<BulletinDraft> _docs = store.Documents(PgWorkflowTables.BulletinDrafts);
    public BulletinDraft? Get(string id) => _docs.Get(id);
    public IReadOnlyList<BulletinDraft> OfOwner(string ownerId) => _docs.Query("WHERE owner_id = $1 ORDER BY created_at DESC, id DESC", ownerId);
    public void Put(BulletinDraft draft) => _docs.Upsert(draft);
}

internal sealed class PgInstructions(PostgreSqlStore store) : IInstructions
{
    private readonly PgDocuments<InstructionRecord> _docs = store.Documents(PgWorkflowTables.Instructions);
    public InstructionRecord? Get(string id) => _docs.Get(id);
    public IReadOnlyList<InstructionRecord> For(string assignmentId) => _docs.Query("WHERE assignment_id = $1 ORDER BY at, id", assignmentId);
    public void Add(InstructionRecord record) => _docs.Insert(record);
}

internal sealed class PgReminderSnoozes(PostgreSqlStore store) : IReminderSnoozes
{
    private readonly PgDocuments<ReminderSnooze> _snoozes = store.Documents(PgWorkflowTables.ReminderSnoozes);
    private readonly PgDocuments<LatestReminder> _latest = store.Documents(PgWorkflowTables.LatestReminders);
    public ReminderSnooze? Get(string id) => _snoozes.Get(id);
    public IReadOnlyList<ReminderSnooze> All() => _snoozes.All();
    public void Put(ReminderSnooze snooze) => _snoozes.Upsert(snooze);
    public void Delete(string id) => _snoozes.Delete(id);
    public LatestReminder? Latest(string memberId) => _latest.Get(memberId);
    public void PutLatest(LatestReminder latest) => _latest.Upsert(latest);
}

internal sealed class PgReminderPreferences(PostgreSqlStore store) : IReminderPreferences
{
    private readonly PgDocuments<ReminderPreference> _preferences = store.Documents(PgWorkflowTables.ReminderPreferences);
    private readonly PgDocuments<ReminderHold> _holds = store.Documents(PgWorkflowTables.ReminderHolds);
    public ReminderPreference? Get(string memberId) => _preferences.Get(memberId);
    public IReadOnlyList<ReminderPreference> All() => _preferences.All();
    public void Put(ReminderPreference preference) => _preferences.Upsert(preference);
    public IReadOnlyList<ReminderHold> Holds() => _holds.All();
    public void Hold(ReminderHold hold) => _holds.Upsert(hold);
    public void Release(string holdId) => _holds.Delete(holdId);
}

internal sealed class PgReportCadences(PostgreSqlStore store) : IReportCadences
{
    private readonly PgDocuments<ReportCadence> _cadences = store.Documents(PgWorkflowTables.ReportCadences);
    private readonly PgDocuments<ReportAsk> _asks = store.Documents(PgWorkflowTables.ReportAsks);
    public ReportCadence? Get(string assignmentId) => _cadences.Get(assignmentId);
    public IReadOnlyList<ReportCadence> All() => _cadences.All();
    public void Put(ReportCadence cadence) => _cadences.Upsert(cadence);
    public void Delete(string assignmentId) => _cadences.Delete(assignmentId);
    public ReportAsk? Ask(string id) => _asks.Get(id);
    public IReadOnlyList<ReportAsk> AsksOf(string assignmentId) => _asks.Query("WHERE assignment_id = $1 ORDER BY due, id", assignmentId);
    public IReadOnlyList<ReportAsk> Unanswered() => _asks.Where("answered_at IS NULL");
    public void PutAsk(ReportAsk ask) => _asks.Upsert(ask);
}

/// <remarks>Rows from the indexed columns and two fields of the document: the bulletin reads a year of items.</remarks>
internal sealed class PgScoringReads(PostgreSqlStore store) : IScoringReads
{
    private readonly PgDocuments<RelayConfirmation> _confirmations = store.Documents(PgTables.RelayConfirmations);

    public IReadOnlyList<ScoredItem> ItemsDueBetween(DateOnly from, DateOnly to) => Items("due BETWEEN $1 AND $2", from, to);
    public IReadOnlyList<ScoredItem> OpenDueBefore(DateOnly day) => Items("due < $1 AND status <> 'Closed'", day);
    public IReadOnlyList<ScoredItem> ItemsWithIds(IReadOnlyCollection<string> ids) => ids.Count == 0 ? [] : Items("id = ANY($1)", (object)ids.ToArray());

    public IReadOnlyList<AuditMark> AuditSince(DateTimeOffset from, IReadOnlyCollection<string> actions) =>
        store.Run(c =>
        {
            using var command = PgSql.Command(c,
                "SELECT doc->>'EntityType', entity_id, doc->>'Action', at FROM audit WHERE at >= $1 AND doc->>'Action' = ANY($2) ORDER BY seq",
                from, (object)actions.ToArray());
            return PgSql.Read(command, r => new AuditMark(r.IsDBNull(0) ? "" : r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3)));
        });

    public IReadOnlyList<RelayConfirmation> ConfirmationsOf(IReadOnlyCollection<string> meetingIds) =>
        meetingIds.Count == 0 ? [] : _confirmations.Where("meeting_id = ANY($1)", (object)meetingIds.ToArray());

    private List<ScoredItem> Items(string where, params object?[] args) =>
        store.Run(c =>
        {
            using var command = PgSql.Command(c, $"SELECT id, number, unit_id, due, status, doc->>'CreatedAt', parent_id IS NOT NULL FROM assignments WHERE {where} ORDER BY number", args);
            return PgSql.Read(command, r => new ScoredItem(
                r.GetString(0),
                r.GetInt32(1),
                r.IsDBNull(2) ? "" : r.GetString(2),
                r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3),
                Enum.TryParse<AssignmentStatus>(r.GetString(4), out var s) ? s : AssignmentStatus.Dispatched,
                r.IsDBNull(5) ? DateTimeOffset.MinValue : StoreJson.Deserialize<DateTimeOffset>($"\"{r.GetString(5)}\""),
                r.GetBoolean(6)));
        });
}
