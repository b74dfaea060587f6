using LiteDB;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Delivery;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Features.Roster.Matching;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Storage.LiteDb;

// The smaller collections: one document per key, read by key or whole.

internal sealed class LiteDbPendingQuestions(LiteDbCollections c) : IPendingQuestions
{
    // Asked on every turn: a parameterised expression, not a lambda — LiteDB's LINQ visitor rebuilt and
    // re-parsed it each time, about a tenth of a 帮助 turn's CPU (bench turns); parsed once, answered from
    // memory until the pending questions change (every write below goes through Change).
    private readonly CachedLookup<PendingState> _of = c.Cached<PendingState>("pending", new("$.MemberId = @0 AND $.ConversationId = @1"));

    public PendingState? Get(string id) => c.Pending.FindById(id);
    public IReadOnlyList<PendingState> Of(string conversationId, string memberId) =>
        _of.Find(memberId + "\n" + conversationId, [memberId, conversationId]);
    public void Put(PendingState state) => c.Change("pending", () => c.Pending.Upsert(state));
    public void Delete(string id) => c.Change("pending", () => c.Pending.Delete(id));
}

internal sealed class LiteDbIntakeDrafts(LiteDbCollections c) : IIntakeDraftRepository
{
    public IntakeDraftRecord? Get(string id) => c.IntakeDrafts.FindById(id);
    public void Put(IntakeDraftRecord draft) => c.IntakeDrafts.Upsert(draft);
    public void Delete(string id) => c.IntakeDrafts.Delete(id);
}

internal sealed class LiteDbCheckOffs(LiteDbCollections c) : ICheckOffRepository
{
    public IReadOnlyList<CheckOffRecord> For(string assignmentId) =>
        c.CheckOffs.Find(r => r.AssignmentId == assignmentId).OrderBy(r => r.RequestedAt).ToList();
    public void Add(CheckOffRecord record) => c.CheckOffs.Insert(record);
    public void Update(CheckOffRecord record) => c.CheckOffs.Update(record);
}

internal sealed class LiteDbExtensionRequests(LiteDbCollections c) : IExtensionRequests
{
    public ExtensionRecord? Get(string id) => c.Extensions.FindById(id);
    public IReadOnlyList<ExtensionRecord> For(string assignmentId) =>
        c.Extensions.Find(r => r.AssignmentId == assignmentId).OrderBy(r => r.RequestedAt).ToList();
    public IReadOnlyList<ExtensionRecord> All() => c.Extensions.FindAll().OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    public void Add(ExtensionRecord record) => c.Extensions.Insert(record);
    public void Update(ExtensionRecord record) => c.Extensions.Update(record);
}

internal sealed class LiteDbReassignRequests(LiteDbCollections c) : IReassignRequests
{
    public ReassignRecord? Get(string id) => c.Reassignments.FindById(id);
    public IReadOnlyList<ReassignRecord> For(string assignmentId) =>
        c.Reassignments.Find(r => r.AssignmentId == assignmentId).OrderBy(r => r.RequestedAt).ToList();
    public IReadOnlyList<ReassignRecord> All() => c.Reassignments.FindAll().OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    public void Add(ReassignRecord record) => c.Reassignments.Insert(record);
    public void Update(ReassignRecord record) => c.Reassignments.Update(record);
}

internal sealed class LiteDbReminderLog(LiteDbCollections c) : IReminderLog
{
    public ReminderPause? Pause(string memberId) => c.ReminderPauses.FindById(memberId);
    public IReadOnlyList<ReminderPause> Pauses() => c.ReminderPauses.FindAll().ToList();
    public void PutPause(ReminderPause pause) => c.ReminderPauses.Upsert(pause);
    public void DeletePause(string memberId) => c.ReminderPauses.Delete(memberId);

    public bool WasSent(string key) => c.SentReminders.FindById(key) is not null;
    public IReadOnlySet<string> SentKeys() =>
        c.SentReminders.Query().Select(x => x.Id).ToEnumerable().ToHashSet(StringComparer.Ordinal);
    public void AddSent(SentReminderLog sent) => c.SentReminders.Insert(sent);
    public int PruneSentBefore(DateOnly day) => c.SentReminders.DeleteMany(x => x.Day < day);
}

internal sealed class LiteDbUnmatchedUsers(LiteDbCollections c) : IUnmatchedUserRepository
{
    public UnmatchedUser? Get(string channelUserId) => c.UnmatchedUsers.FindById(channelUserId);
    public IReadOnlyList<UnmatchedUser> All() => c.UnmatchedUsers.FindAll().ToList();
    public void Put(UnmatchedUser user) => c.UnmatchedUsers.Upsert(user);
    public void Delete(string channelUserId) => c.UnmatchedUsers.Delete(channelUserId);
}

internal sealed class LiteDbDispatchResends(LiteDbCollections c) : IDispatchResendRepository
{
    public IReadOnlyList<ResendRound> OfMeeting(string meetingId) => c.DispatchResends.Find(r => r.MeetingId == meetingId).ToList();
    public void Add(ResendRound round) => c.DispatchResends.Insert(round);
}

internal sealed class LiteDbAddresses(LiteDbCollections c) : IAddressRepository
{
    // Read on every turn (has the address changed?): answered from memory until an address is written.
    private readonly CachedLookup<ConversationAddress> _byId = c.Cached<ConversationAddress>("addresses", ParsedPredicate.ById);

    public ConversationAddress? Get(string id) => _byId.Find(id) is [var address, ..] ? address : null;
    public IReadOnlyList<ConversationAddress> All() => c.Addresses.FindAll().ToList();
    public IReadOnlyList<ConversationAddress> InConversation(string conversationId)
    {
        var thread = conversationId + ";";
        return c.Addresses.FindAll().Where(a => a.ConversationId == conversationId || a.ConversationId.StartsWith(thread, StringComparison.Ordinal)).ToList();
    }

    public IReadOnlyList<ConversationAddress> Trusted() => c.Addresses.Find(a => a.ServiceUrlTrusted).ToList();
    public ConversationAddress? AnyReachableTrusted() => c.Addresses.FindOne(a => a.ServiceUrlTrusted && a.RemovedAt == null);
    public string? AnyTenantId() => c.Addresses.FindOne(a => a.TenantId != null)?.TenantId;
    public void Put(ConversationAddress address) => c.Change("addresses", () => c.Addresses.Upsert(address));
    public void Update(ConversationAddress address) => c.Change("addresses", () => c.Addresses.Update(address));
}
