using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Delivery;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Features.Roster.Matching;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Storage.PostgreSql;

// The smaller collections: one document per key, read by key, by a column or whole.

internal sealed class PgPendingQuestions(PostgreSqlStore store) : IPendingQuestions
{
    private readonly PgDocuments<PendingState> _docs = store.Documents(PgTables.Pending);
    public PendingState? Get(string id) => _docs.Get(id);
    public IReadOnlyList<PendingState> Of(string conversationId, string memberId) => _docs.Where("member_id = $1 AND conversation_id = $2", memberId, conversationId);
    public void Put(PendingState state) => _docs.Upsert(state);
    public void Delete(string id) => _docs.Delete(id);
}

internal sealed class PgIntakeDrafts(PostgreSqlStore store) : IIntakeDraftRepository
{
    private readonly PgDocuments<IntakeDraftRecord> _docs = store.Documents(PgTables.IntakeDrafts);
    public IntakeDraftRecord? Get(string id) => _docs.Get(id);
    public void Put(IntakeDraftRecord draft) => _docs.Upsert(draft);
    public void Delete(string id) => _docs.Delete(id);
}

internal sealed class PgCheckOffs(PostgreSqlStore store) : ICheckOffRepository
{
    private readonly PgDocuments<CheckOffRecord> _docs = store.Documents(PgTables.CheckOffs);
    public IReadOnlyList<CheckOffRecord> For(string assignmentId) => _docs.Query("WHERE assignment_id = $1 ORDER BY requested_at, id", assignmentId);
    public void Add(CheckOffRecord record) => _docs.Insert(record);
    public void Update(CheckOffRecord record) => _docs.Update(record);
}

internal sealed class PgExtensionRequests(PostgreSqlStore store) : IExtensionRequests
{
    private readonly PgDocuments<ExtensionRecord> _docs = store.Documents(PgTables.Extensions);
    public ExtensionRecord? Get(string id) => _docs.Get(id);
    public IReadOnlyList<ExtensionRecord> For(string assignmentId) => _docs.Query("WHERE assignment_id = $1 ORDER BY requested_at, id", assignmentId);
    public IReadOnlyList<ExtensionRecord> All() => _docs.All();
    public void Add(ExtensionRecord record) => _docs.Insert(record);
    public void Update(ExtensionRecord record) => _docs.Update(record);
}

internal sealed class PgReassignRequests(PostgreSqlStore store) : IReassignRequests
{
    private readonly PgDocuments<ReassignRecord> _docs = store.Documents(PgTables.Reassignments);
    public ReassignRecord? Get(string id) => _docs.Get(id);
    public IReadOnlyList<ReassignRecord> For(string assignmentId) => _docs.Query("WHERE assignment_id = $1 ORDER BY requested_at, id", assignmentId);
    public IReadOnlyList<ReassignRecord> All() => _docs.All();
    public void Add(ReassignRecord record) => _docs.Insert(record);
    public void Update(ReassignRecord record) => _docs.Update(record);
}

internal sealed class PgReminderLog(PostgreSqlStore store) : IReminderLog
{
    private readonly PgDocuments<ReminderPause> _pauses = store.Documents(PgTables.ReminderPauses);
    private readonly PgDocuments<SentReminderLog> _sent = store.Documents(PgTables.SentReminders);

    public ReminderPause? Pause(string memberId) => _pauses.Get(memberId);
    public IReadOnlyList<ReminderPause> Pauses() => _pauses.All();
    public void PutPause(ReminderPause pause) => _pauses.Upsert(pause);
    public void DeletePause(string memberId) => _pauses.Delete(memberId);

    public bool WasSent(string key) => _sent.Exists("id = $1", key);
    public IReadOnlySet<string> SentKeys() => _sent.Values<string>("id", "").ToHashSet(StringComparer.Ordinal);
    public void AddSent(SentReminderLog sent) => _sent.Insert(sent);
    public int PruneSentBefore(DateOnly day) => _sent.DeleteWhere("day < $1", day);
}

internal sealed class PgUnmatchedUsers(PostgreSqlStore store) : IUnmatchedUserRepository
{
    private readonly PgDocuments<UnmatchedUser> _docs = store.Documents(PgTables.UnmatchedUsers);
    public UnmatchedUser? Get(string channelUserId) => _docs.Get(channelUserId);
    public IReadOnlyList<UnmatchedUser> All() => _docs.All();
    public void Put(UnmatchedUser user) => _docs.Upsert(user);
    public void Delete(string channelUserId) => _docs.Delete(channelUserId);
}

internal sealed class PgDispatchResends(PostgreSqlStore store) : IDispatchResendRepository
{
    private readonly PgDocuments<ResendRound> _docs = store.Documents(PgTables.DispatchResends);
    public IReadOnlyList<ResendRound> OfMeeting(string meetingId) => _docs.Where("meeting_id = $1", meetingId);
    public void Add(ResendRound round) => _docs.Insert(round);
}

internal sealed class PgAddresses(PostgreSqlStore store) : IAddressRepository
{
    private readonly PgDocuments<ConversationAddress> _docs = store.Documents(PgTables.Addresses);
    public ConversationAddress? Get(string id) => _docs.Get(id);
    public IReadOnlyList<ConversationAddress> All() => _docs.All();
    /// <remarks>Threads are "{id};messageid=…": the conversation itself or ids that start with it and ';'.</remarks>
    public IReadOnlyList<ConversationAddress> InConversation(string conversationId) =>
        _docs.Where("conversation_id = $1 OR starts_with(conversation_id, $2)", conversationId, conversationId + ";");
    public IReadOnlyList<ConversationAddress> Trusted() => _docs.Where("trusted");
    public ConversationAddress? AnyReachableTrusted() => _docs.First("trusted AND removed_at IS NULL");
    public string? AnyTenantId() => _docs.First("tenant_id IS NOT NULL")?.TenantId;
    public void Put(ConversationAddress address) => _docs.Upsert(address);
    public void Update(ConversationAddress address) => _docs.Update(address);
}
