using System.Collections.Concurrent;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Delivery;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Features.Roster.Matching;
using ChatBot.Dialogs.Items;
using LiteDB;

namespace ChatBot.Dialogs.Storage.LiteDb;

/// <summary>
/// The file's collections by name, as the repositories of this folder use them. The names and the
/// documents are the stored format: an existing file opens as it is.
/// </summary>
public sealed class LiteDbCollections
{
    private readonly LiteDatabase _db;

    private readonly LiteDbStore _store;
    private readonly ConcurrentDictionary<string, ConcurrentBag<IForgets>> _caches = new(StringComparer.Ordinal);

    private LiteDbCollections(LiteDatabase db, LiteDbStore store)
    {
        _db = db;
        _store = store;
    }

    /// <summary>A cache of a collection's documents, forgotten by every write to that collection.</summary>
    internal interface IForgets
    {
        void Forget();
    }

    /// <summary>A look-up of <paramref name="collection"/> answered from memory until the collection changes (<see cref="CachedLookup{T}"/>).</summary>
    internal CachedLookup<T> Cached<T>(string collection, ParsedPredicate predicate)
    {
        var lookup = new CachedLookup<T>(this, collection, predicate);
        _caches.GetOrAdd(collection, _ => []).Add(lookup);
        return lookup;
    }

    /// <summary>
    /// A write to <paramref name="collection"/>, always inside a store write (joining the caller's): its cached
    /// answers are forgotten under the write lock before the change commits, so no reader keeps what it replaces.
    /// </summary>
    internal void Change(string collection, Action write) => _store.Write(_ =>
    {
        Changed(collection);
        write();
    });

    /// <summary>Forgets the cached answers of <paramref name="collection"/>; call inside the write that changes it.</summary>
    internal void Changed(string collection)
    {
        if (_caches.TryGetValue(collection, out var caches))
            foreach (var cache in caches) cache.Forget();
    }

    internal bool InTransaction => _store.InTransaction;
    internal Lock WriteLock => _store.WriteLock;

    /// <summary>The mapper of the file's documents, for repositories that keep documents and map them themselves.</summary>
    internal BsonMapper Mapper => _db.Mapper;

    /// <summary>
    /// Every collection in the file. They are all created when the store opens: LiteDB 5.0.21 can fail
    /// a read ("page type must be collection page") and close itself when a collection is created by
    /// one transaction while another reads it (litedb-org/LiteDB#2792), so none is created later.
    /// </summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>
    {
        "units", "members", "meetings", "directives", "assignments", "relay_confirmations", "progress_reports",
        "audit", "addresses", "pending", "counters",
        // Components with collections of their own: outbox, dedupe window, welcome, status cards,
        // roster matching, check-off, relay receipts, reminders, intake drafts, delivery resends.
        "outbox", "processed_activities", "welcomed", "posted_cards", "unmatched_users", "check_offs",
        "relay_receipts", "reminder_pauses", "sent_reminders", "intake_drafts",
        "dispatch_resends",
        // Unit workflows: 延期 requests (Features/Extension), 退回 / 改派 (Features/Reassign).
        "extensions", "reassignments",
        // 代理 (Features/Delegation).
        "delegations",
        // Files offered with a consent card (Bot/Channel/Files), until answered or a day old.
        "file_offers",
        // 本月通报 drafts (Features/Bulletin) and 批示 (Features/Instruction).
        "bulletin_drafts", "instructions",
        // Noise control and reporting cadence (#15 parts 6, 7): 稍后提醒, per-member preferences and held reminders, cadences and asks.
        "reminder_snoozes", "reminder_latest", "reminder_preferences", "reminder_holds", "report_cadences", "report_asks",
    };

    internal static LiteDbCollections Open(LiteDatabase db, LiteDbStore store)
    {
        var collections = new LiteDbCollections(db, store);
        collections.CreateAll();
        collections.EnsureIndexes();
        return collections;
    }

    public ILiteCollection<Unit> Units => Collection<Unit>("units");
    public ILiteCollection<Member> Members => Collection<Member>("members");
    public ILiteCollection<Meeting> Meetings => Collection<Meeting>("meetings");
    public ILiteCollection<Directive> Directives => Collection<Directive>("directives");
    public ILiteCollection<Assignment> Assignments => Collection<Assignment>("assignments");
    public ILiteCollection<RelayConfirmation> RelayConfirmations => Collection<RelayConfirmation>("relay_confirmations");
    public ILiteCollection<ProgressReport> ProgressReports => Collection<ProgressReport>("progress_reports");
    public ILiteCollection<AuditEntry> Audit => Collection<AuditEntry>("audit");
    public ILiteCollection<ConversationAddress> Addresses => Collection<ConversationAddress>("addresses");
    public ILiteCollection<PendingState> Pending => Collection<PendingState>("pending");
    public ILiteCollection<Counter> Counters => Collection<Counter>("counters");
    public ILiteCollection<UnitReceipt> RelayReceipts => Collection<UnitReceipt>("relay_receipts");
    public ILiteCollection<CheckOffRecord> CheckOffs => Collection<CheckOffRecord>("check_offs");
    public ILiteCollection<ExtensionRecord> Extensions => Collection<ExtensionRecord>("extensions");
    public ILiteCollection<ReassignRecord> Reassignments => Collection<ReassignRecord>("reassignments");
    public ILiteCollection<ReminderPause> ReminderPauses => Collection<ReminderPause>("reminder_pauses");
    public ILiteCollection<SentReminderLog> SentReminders => Collection<SentReminderLog>("sent_reminders");
    public ILiteCollection<IntakeDraftRecord> IntakeDrafts => Collection<IntakeDraftRecord>("intake_drafts");
    public ILiteCollection<UnmatchedUser> UnmatchedUsers => Collection<UnmatchedUser>("unmatched_users");
    public ILiteCollection<ResendRound> DispatchResends => Collection<ResendRound>("dispatch_resends");

    /// <summary>A collection by name; it must be listed in <see cref="Names"/> (or be a LiteDB system collection, "$…").</summary>
    public ILiteCollection<T> Collection<T>(string name)
    {
        if (!Names.Contains(name) && !name.StartsWith('$'))
            throw new InvalidOperationException($"Collection '{name}' is not listed in LiteDbCollections.Names.");
        if (!_mapped.ContainsKey(typeof(T))) Map(typeof(T));
        return _db.GetCollection<T>(name);
    }

    // LiteDB 5.0.21 maps a class on its first use and puts the mapping in its cache before filling in its
    // members, without a lock on the way in: a second thread using the class at that moment gets an empty
    // mapping ("Member Status not found on BsonMapper"). Each document type, and the classes inside it, is
    // therefore mapped once under this lock before any collection of it is handed out.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> _mapped = new();
    private readonly Lock _mapping = new();
    private static readonly System.Reflection.MethodInfo EntityOf = typeof(BsonMapper).GetMethod(nameof(BsonMapper.Entity))!;

    private void Map(Type document)
    {
        lock (_mapping)
        {
            if (_mapped.ContainsKey(document)) return;
            var seen = new HashSet<Type>();
            var next = new Stack<Type>([document]);
            while (next.TryPop(out var type))
            {
                type = Nullable.GetUnderlyingType(type) ?? type;
                if (type.IsArray) { next.Push(type.GetElementType()!); continue; }
                if (type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
                {
                    foreach (var argument in type.GetGenericArguments()) next.Push(argument);
                    continue;
                }
                if (!IsDocumentClass(type) || !seen.Add(type)) continue;
                // Builds and caches the mapping, here, alone. A class LiteDB cannot map fails later, where it is used, as before.
                try { EntityOf.MakeGenericMethod(type).Invoke(_db.Mapper, null); }
                catch (System.Reflection.TargetInvocationException) { continue; }
                foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
                    next.Push(property.PropertyType);
            }
            _mapped[document] = true;
        }
    }

    private static bool IsDocumentClass(Type type) =>
        type.IsClass && !type.IsAbstract && type != typeof(string) && !typeof(BsonValue).IsAssignableFrom(type)
        && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true;

    private void CreateAll()
    {
        foreach (var name in Names)
        {
            if (_db.CollectionExists(name)) continue;
            var collection = _db.GetCollection(name);
            collection.Insert(new BsonDocument { ["_id"] = "__create" });
            collection.Delete("__create");
        }
    }

    /// <summary>The unit of an item that is not closed (null once closed): query it as <c>{OpenUnitKey} = @0</c>.</summary>
    internal const string OpenUnitKey = "IIF($.Status != 'Closed', $.UnitId, null)";

    private void EnsureIndexes()
    {
        Units.EnsureIndex(u => u.Name, unique: true);
        Members.EnsureIndex(m => m.AadObjectId);
        Members.EnsureIndex(m => m.Email);
        Members.EnsureIndex(m => m.ChannelUserId);
        Members.EnsureIndex("unitIds", "$.UnitIds[*]");
        Meetings.EnsureIndex(m => m.Status);
        Meetings.EnsureIndex(m => m.CreatedAt);
        Directives.EnsureIndex(d => d.MeetingId);
        Assignments.EnsureIndex(a => a.Number, unique: true);
        Assignments.EnsureIndex(a => a.UnitId);
        Assignments.EnsureIndex(a => a.MeetingId);
        Assignments.EnsureIndex(a => a.DirectiveId);
        Assignments.EnsureIndex(a => a.Status);
        Assignments.EnsureIndex(a => a.Due);
        Assignments.EnsureIndex("assignees", "$.AssigneeMemberIds[*]");
        // 转派: the items passed down from an item (Features/Cascade).
        Assignments.EnsureIndex(a => a.ParentId);
        // A unit's open items without reading its closed ones (我的待办 for heads; bench: openitems).
        Assignments.EnsureIndex("openUnit", OpenUnitKey);
        RelayConfirmations.EnsureIndex(r => r.MeetingId);
        RelayConfirmations.EnsureIndex(r => r.UnitId);
        ProgressReports.EnsureIndex(p => p.AssignmentId);
        Audit.EnsureIndex(a => a.EntityId);
        Audit.EnsureIndex(a => a.At);
        Addresses.EnsureIndex(a => a.MemberId);
        Pending.EnsureIndex(p => p.ExpiresAt);
        Pending.EnsureIndex(p => p.MemberId);
        // 销号 requests (Features/CheckOff), read per item for its history and the pending decision.
        _db.GetCollection("check_offs").EnsureIndex("AssignmentId", "$.AssignmentId");
        // The host's outbox (Bot/Storage/LiteDb): the due queue and the counts by status.
        _db.GetCollection("outbox").EnsureIndex("DueAt", "$.DueAt");
        _db.GetCollection("outbox").EnsureIndex("Status", "$.Status");
        // 延期 requests (Features/Extension), read per item for its history and the pending decision.
        _db.GetCollection("extensions").EnsureIndex("AssignmentId", "$.AssignmentId");
        // 退回 / 改派 requests (Features/Reassign), likewise.
        _db.GetCollection("reassignments").EnsureIndex("AssignmentId", "$.AssignmentId");
        // 本月通报 drafts by owner; 批示 per item for its history.
        _db.GetCollection("bulletin_drafts").EnsureIndex("OwnerId", "$.OwnerId");
        _db.GetCollection("instructions").EnsureIndex("AssignmentId", "$.AssignmentId");
        _db.GetCollection("report_asks").EnsureIndex("AssignmentId", "$.AssignmentId");
        // 代理: read by deputy on every turn, by principal when delivering.
        _db.GetCollection("delegations").EnsureIndex("DeputyId", "$.DeputyId");
        _db.GetCollection("delegations").EnsureIndex("PrincipalId", "$.PrincipalId");
    }
}
