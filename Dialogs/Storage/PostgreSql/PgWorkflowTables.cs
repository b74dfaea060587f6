using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Bulletin;
using ChatBot.Dialogs.Features.Cadence;
using ChatBot.Dialogs.Features.Instruction;
using ChatBot.Dialogs.Features.ReminderSettings;
using ChatBot.Dialogs.Features.Snooze;

namespace ChatBot.Dialogs.Storage.PostgreSql;

/// <summary>
/// The collections of the unit workflows (代理), the leader tools (本月通报 drafts, 批示) and noise control
/// (稍后提醒, reminder preferences and holds, reporting cadences and their asks): the same names as
/// LiteDB's collections, the same fields indexed. The pass-down tree is a column of <c>assignments</c>
/// (<see cref="PgTables.Assignments"/>).
/// </summary>
public static class PgWorkflowTables
{
    public static readonly PgTable<DelegationRecord> Delegations = new PgTable<DelegationRecord>("delegations", d => d.Id)
        .Column("principal_id", PgType.Text, d => d.PrincipalId)
        .Column("deputy_id", PgType.Text, d => d.DeputyId)
        .Column("created_at", PgType.Instant, d => d.CreatedAt, PgIndex.None);

    public static readonly PgTable<BulletinDraft> BulletinDrafts = new PgTable<BulletinDraft>("bulletin_drafts", d => d.Id)
        .Column("owner_id", PgType.Text, d => d.OwnerId)
        .Column("created_at", PgType.Instant, d => d.CreatedAt, PgIndex.None);

    public static readonly PgTable<InstructionRecord> Instructions = new PgTable<InstructionRecord>("instructions", r => r.Id)
        .Column("assignment_id", PgType.Text, r => r.AssignmentId)
        .Column("at", PgType.Instant, r => r.At, PgIndex.None);

    public static readonly PgTable<ReminderSnooze> ReminderSnoozes = new("reminder_snoozes", s => s.Id);

    /// <summary>Keyed by member id.</summary>
    public static readonly PgTable<LatestReminder> LatestReminders = new("reminder_latest", l => l.Id);

    /// <summary>Keyed by member id.</summary>
    public static readonly PgTable<ReminderPreference> ReminderPreferences = new("reminder_preferences", p => p.Id);

    public static readonly PgTable<ReminderHold> ReminderHolds = new("reminder_holds", h => h.Id);

    /// <summary>Keyed by the item's id.</summary>
    public static readonly PgTable<ReportCadence> ReportCadences = new("report_cadences", c => c.Id);

    /// <summary>The digest reads the unanswered asks: a partial index keeps that to the few still open.</summary>
    public static readonly PgTable<ReportAsk> ReportAsks = new PgTable<ReportAsk>("report_asks", a => a.Id)
        .Column("assignment_id", PgType.Text, a => a.AssignmentId)
        .Column("due", PgType.Date, a => a.Due, PgIndex.None)
        .Column("answered_at", PgType.Instant, a => a.AnsweredAt, PgIndex.None)
        .Sql("CREATE INDEX report_asks_unanswered ON report_asks (id) WHERE answered_at IS NULL;");

    /// <summary>The step that creates them.</summary>
    internal static void Register() => PgSchema.Add("0004_workflows",
    [
        Delegations, BulletinDrafts, Instructions, ReminderSnoozes, LatestReminders, ReminderPreferences, ReminderHolds,
        ReportCadences, ReportAsks,
    ]);
}
