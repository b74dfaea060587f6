using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Delivery;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Features.Roster.Matching;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Storage.PostgreSql;

/// <summary>
/// The collections of Dialogs' repositories as tables: the same names as LiteDB's collections, the
/// same fields indexed. Each column is derived from the document on every write.
/// </summary>
public static class PgTables
{
    public static readonly PgTable<Unit> Units = new PgTable<Unit>("units", u => u.Id)
        .Column("name", PgType.Text, u => u.Name, PgIndex.Unique);

    public static readonly PgTable<Member> Members = new PgTable<Member>("members", m => m.Id)
        .Column("name", PgType.Text, m => m.Name)
        .Column("aad_object_id", PgType.Text, m => m.AadObjectId)
        .Column("email", PgType.Text, m => m.Email)
        .Column("channel_user_id", PgType.Text, m => m.ChannelUserId)
        .Column("unit_ids", PgType.TextArray, m => m.UnitIds, PgIndex.Gin)
        .Column("bureau_roles", PgType.TextArray, m => m.BureauRoles, PgIndex.Gin);

    public static readonly PgTable<Meeting> Meetings = new PgTable<Meeting>("meetings", m => m.Id)
        .Column("status", PgType.Text, m => m.Status)
        .Column("created_at", PgType.Instant, m => m.CreatedAt);

    public static readonly PgTable<Directive> Directives = new PgTable<Directive>("directives", d => d.Id)
        .Column("meeting_id", PgType.Text, d => d.MeetingId)
        .Column("number", PgType.Integer, d => d.Number, PgIndex.None);

    /// <summary>我的待办 reads these columns only (<see cref="ItemRow"/>); the open-unit index skips a unit's closed history.</summary>
    public static readonly PgTable<Assignment> Assignments = new PgTable<Assignment>("assignments", a => a.Id)
        .Column("number", PgType.Integer, a => a.Number, PgIndex.Unique)
        .Column("directive_id", PgType.Text, a => a.DirectiveId)
        .Column("meeting_id", PgType.Text, a => a.MeetingId)
        .Column("unit_id", PgType.Text, a => a.UnitId)
        .Column("status", PgType.Text, a => a.Status)
        .Column("due", PgType.Date, a => a.Due)
        .Column("task", PgType.Text, a => a.Task, PgIndex.None)
        .Column("assignees", PgType.TextArray, a => a.AssigneeMemberIds, PgIndex.Gin)
        .Column("parent_id", PgType.Text, a => a.ParentId)
        .Sql("CREATE INDEX assignments_open_unit ON assignments (unit_id, number) WHERE status <> 'Closed';");

    public static readonly PgTable<RelayConfirmation> RelayConfirmations = new PgTable<RelayConfirmation>("relay_confirmations", r => r.Id)
        .Column("meeting_id", PgType.Text, r => r.MeetingId)
        .Column("unit_id", PgType.Text, r => r.UnitId);

    public static readonly PgTable<ProgressReport> ProgressReports = new PgTable<ProgressReport>("progress_reports", p => p.Id)
        .Column("assignment_id", PgType.Text, p => p.AssignmentId)
        .Column("reported_at", PgType.Instant, p => p.ReportedAt, PgIndex.None);

    /// <summary>Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE, whoever asks.</summary>
    public static readonly PgTable<AuditEntry> Audit = new PgTable<AuditEntry>("audit", a => a.Id)
        .Column("seq", PgType.Integer, a => a.Seq, PgIndex.None)
        .Column("entity_id", PgType.Text, a => a.EntityId)
        .Column("at", PgType.Instant, a => a.At)
        .Sql("""
            CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$;
            CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only();
            CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
            """);

    public static readonly PgTable<ConversationAddress> Addresses = new PgTable<ConversationAddress>("addresses", a => a.Id)
        .Column("member_id", PgType.Text, a => a.MemberId)
        .Column("conversation_id", PgType.Text, a => a.ConversationId)
        .Column("trusted", PgType.Boolean, a => a.ServiceUrlTrusted, PgIndex.None)
        .Column("removed_at", PgType.Instant, a => a.RemovedAt, PgIndex.None)
        .Column("tenant_id", PgType.Text, a => a.TenantId, PgIndex.None);

    public static readonly PgTable<PendingState> Pending = new PgTable<PendingState>("pending", p => p.Id)
        .Column("conversation_id", PgType.Text, p => p.ConversationId, PgIndex.None)
        .Column("member_id", PgType.Text, p => p.MemberId)
        .Column("expires_at", PgType.Instant, p => p.ExpiresAt);

    /// <summary>Named sequences; <c>value</c> is what <see cref="ISequences.Next"/> increments.</summary>
    public static readonly PgTable<Counter> Counters = new PgTable<Counter>("counters", c => c.Id)
        .Column("value", PgType.Integer, c => c.Value, PgIndex.None);

    public static readonly PgTable<UnitReceipt> RelayReceipts = new("relay_receipts", r => r.Id);

    public static readonly PgTable<CheckOffRecord> CheckOffs = new PgTable<CheckOffRecord>("check_offs", r => r.Id)
        .Column("assignment_id", PgType.Text, r => r.AssignmentId)
        .Column("requested_at", PgType.Instant, r => r.RequestedAt, PgIndex.None);

    public static readonly PgTable<ExtensionRecord> Extensions = new PgTable<ExtensionRecord>("extensions", r => r.Id)
        .Column("assignment_id", PgType.Text, r => r.AssignmentId)
        .Column("requested_at", PgType.Instant, r => r.RequestedAt, PgIndex.None);

    public static readonly PgTable<ReassignRecord> Reassignments = new PgTable<ReassignRecord>("reassignments", r => r.Id)
        .Column("assignment_id", PgType.Text, r => r.AssignmentId)
        .Column("requested_at", PgType.Instant, r => r.RequestedAt, PgIndex.None);

    public static readonly PgTable<ReminderPause> ReminderPauses = new("reminder_pauses", p => p.Id);

    public static readonly PgTable<SentReminderLog> SentReminders = new PgTable<SentReminderLog>("sent_reminders", s => s.Id)
        .Column("day", PgType.Date, s => s.Day);

    public static readonly PgTable<IntakeDraftRecord> IntakeDrafts = new("intake_drafts", d => d.Id);

    public static readonly PgTable<UnmatchedUser> UnmatchedUsers = new("unmatched_users", u => u.Id);

    public static readonly PgTable<ResendRound> DispatchResends = new PgTable<ResendRound>("dispatch_resends", r => r.Id)
        .Column("meeting_id", PgType.Text, r => r.MeetingId);

    /// <summary>The first schema step: every collection of Dialogs' repositories.</summary>
    internal static void Register() => PgSchema.Add("0001_core",
    [
        Units, Members, Meetings, Directives, Assignments, RelayConfirmations, ProgressReports, Audit, Addresses, Pending,
        Counters, RelayReceipts, CheckOffs, Extensions, Reassignments, ReminderPauses, SentReminders, IntakeDrafts,
        UnmatchedUsers, DispatchResends,
    ]);
}
