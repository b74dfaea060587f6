using ChatBot.Dialogs.Domain;
using LiteDB;

namespace ChatBot.Dialogs.Storage;

/// <summary>
/// The task store: one LiteDB file. Every write goes through <see cref="Write{T}"/>, a LiteDB
/// transaction, so a crash leaves the previous state and never a half-written change.
/// </summary>
public sealed partial class TaskStore : IDisposable
{
    private readonly LiteDatabase _db;
    // LiteDB's direct mode does not stop a second process from opening the file; an exclusive lock file does.
    private readonly FileStream? _lockFile;
    // LiteDB transactions belong to a thread; writes are serialised so async callers never interleave one.
    private readonly Lock _writeLock = new();

    public string Path { get; }

    public TaskStore(string path)
    {
        Path = path;
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        try
        {
            _lockFile = new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            _db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, StoreMapper.Create());
            _db.Pragma("CHECKPOINT", 1000);
        }
        catch (IOException e)
        {
            _lockFile?.Dispose();
            throw new StoreLockedException(path, e);
        }
        CreateCollections();
        EnsureIndexes();
    }

    /// <summary>An in-memory store for benchmarks and tests that don't need a file.</summary>
    public TaskStore(Stream stream)
    {
        Path = ":memory:";
        _db = new LiteDatabase(stream, StoreMapper.Create());
        CreateCollections();
        EnsureIndexes();
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

    /// <summary>
    /// Every collection in the file. They are all created when the store opens: LiteDB 5.0.21 can fail
    /// a read ("page type must be collection page") and close itself when a collection is created by
    /// one transaction while another reads it (litedb-org/LiteDB#2792), so none is created later.
    /// </summary>
    public static readonly IReadOnlySet<string> Collections = new HashSet<string>
    {
        "units", "members", "meetings", "directives", "assignments", "relay_confirmations", "progress_reports",
        "audit", "addresses", "pending", "counters",
        // Components with collections of their own: outbox, dedupe window, welcome, status cards,
        // roster matching, check-off, relay receipts, reminders, intake drafts, delivery resends.
        "outbox", "processed_activities", "welcomed", "posted_cards", "unmatched_users", "check_offs",
        "relay_receipts", "reminder_pauses", "sent_reminders", "intake_drafts",
        "dispatch_resends",
        // Files offered with a consent card (Bot/Channel/Files), until answered or a day old.
        "file_offers",
    };

    /// <summary>A collection by name; it must be listed in <see cref="Collections"/>.</summary>
    public ILiteCollection<T> Collection<T>(string name) => Collections.Contains(name) || name.StartsWith('$')
        ? _db.GetCollection<T>(name)
        : throw new InvalidOperationException($"Collection '{name}' is not listed in TaskStore.Collections.");

    private void CreateCollections()
    {
        foreach (var name in Collections)
        {
            if (_db.CollectionExists(name)) continue;
            var collection = _db.GetCollection(name);
            collection.Insert(new BsonDocument { ["_id"] = "__create" });
            collection.Delete("__create");
        }
    }

    /// <summary>The unit of an item that is not closed (null once closed): query it as <c>{OpenUnitKey} = @0</c>.</summary>
    public const string OpenUnitKey = "IIF($.Status != 'Closed', $.UnitId, null)";

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
    }

    /// <summary>Runs <paramref name="change"/> as one transaction: all of it is stored, or none.</summary>
    public T Write<T>(Func<TaskStore, T> change)
    {
        lock (_writeLock)
        {
            // A write inside a write joins the outer transaction: it commits or rolls back with it.
            if (_depth > 0) return change(this);
            if (!_db.BeginTrans()) throw new InvalidOperationException("A store transaction is already open on this thread.");
            _depth++;
            try
            {
                var result = change(this);
                _db.Commit();
                Interlocked.Increment(ref _commits);
                return result;
            }
            catch
            {
                _db.Rollback();
                throw;
            }
            finally
            {
                _depth--;
            }
        }
    }

    [ThreadStatic] private static int _depth;

    private long _commits;

    /// <summary>Transactions committed since the store opened (each outer <see cref="Write{T}"/> is one): what a turn costs in writes.</summary>
    public long Commits => Interlocked.Read(ref _commits);

    public void Write(Action<TaskStore> change) => Write<object?>(s => { change(s); return null; });

    /// <summary>Next value of a named sequence (item numbers); call inside <see cref="Write{T}"/>.</summary>
    public int NextNumber(string sequence)
    {
        var counter = Counters.FindById(sequence) ?? new Counter { Id = sequence };
        counter.Value++;
        Counters.Upsert(counter);
        return counter.Value;
    }

    /// <summary>True when the file answers a query (health check).</summary>
    public bool IsReachable()
    {
        try { _ = Units.Count(); return true; }
        catch { return false; }
    }

    public void Dispose()
    {
        _db.Dispose();
        _lockFile?.Dispose();
    }
}

public sealed class Counter
{
    public string Id { get; set; } = "";
    public int Value { get; set; }
}
