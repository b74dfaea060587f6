using System.Collections.Concurrent;
using LiteDB;

namespace ChatBot.Dialogs.Storage.LiteDb;

/// <summary>
/// The task store on one LiteDB file: nothing to install. Every write goes through
/// <see cref="Write{T}"/>, a LiteDB transaction, so a crash leaves the previous state and never a
/// half-written change. LiteDB transactions belong to a thread, so the store is its own session: the
/// repositories read and write through the thread's open transaction.
/// </summary>
public sealed class LiteDbStore : IStore, IStoreDocuments
{
    private readonly LiteDatabase _db;
    // LiteDB's direct mode does not stop a second process from opening the file; an exclusive lock file does.
    private readonly FileStream? _lockFile;
    // LiteDB transactions belong to a thread; writes are serialised so async callers never interleave one.
    private readonly Lock _writeLock = new();

    /// <summary>Held by every write for its whole transaction; read caches (<see cref="CachedLookup{T}"/>) fill under it.</summary>
    internal Lock WriteLock => _writeLock;
    private readonly ConcurrentDictionary<Type, object> _extensions = new();

    public string Path { get; }

    /// <summary>The file's collections, for this folder's repositories and for tests that check the file itself.</summary>
    public LiteDbCollections Collections { get; }

    public LiteDbStore(string path)
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
        Collections = LiteDbCollections.Open(_db, this);
        (Items, Meetings, Roster, Audit, Sequences, Pending, IntakeDrafts, CheckOffs, Extensions, Reassignments, Reminders, UnmatchedUsers, DispatchResends, Addresses) = Repositories();
    }

    /// <summary>An in-memory store for benchmarks and tests that don't need a file.</summary>
    public LiteDbStore(Stream stream)
    {
        Path = ":memory:";
        _db = new LiteDatabase(stream, StoreMapper.Create());
        Collections = LiteDbCollections.Open(_db, this);
        (Items, Meetings, Roster, Audit, Sequences, Pending, IntakeDrafts, CheckOffs, Extensions, Reassignments, Reminders, UnmatchedUsers, DispatchResends, Addresses) = Repositories();
    }

    private (IItemRepository, IMeetingRepository, IRosterRepository, IAuditLog, ISequences, IPendingQuestions, IIntakeDraftRepository,
        ICheckOffRepository, IExtensionRequests, IReassignRequests, IReminderLog, IUnmatchedUserRepository, IDispatchResendRepository, IAddressRepository) Repositories()
    {
        var sequences = new LiteDbSequences(Collections);
        return (new LiteDbItems(Collections), new LiteDbMeetings(Collections), new LiteDbRoster(Collections), new LiteDbAuditLog(Collections, sequences), sequences,
            new LiteDbPendingQuestions(Collections), new LiteDbIntakeDrafts(Collections), new LiteDbCheckOffs(Collections),
            new LiteDbExtensionRequests(Collections), new LiteDbReassignRequests(Collections), new LiteDbReminderLog(Collections),
            new LiteDbUnmatchedUsers(Collections), new LiteDbDispatchResends(Collections), new LiteDbAddresses(Collections));
    }

    public IItemRepository Items { get; }
    public IMeetingRepository Meetings { get; }
    public IRosterRepository Roster { get; }
    public IAuditLog Audit { get; }
    public ISequences Sequences { get; }
    public IPendingQuestions Pending { get; }
    public IIntakeDraftRepository IntakeDrafts { get; }
    public ICheckOffRepository CheckOffs { get; }
    public IExtensionRequests Extensions { get; }
    public IReassignRequests Reassignments { get; }
    public IReminderLog Reminders { get; }
    public IUnmatchedUserRepository UnmatchedUsers { get; }
    public IDispatchResendRepository DispatchResends { get; }
    public IAddressRepository Addresses { get; }

    private static readonly RepositoryProviders<LiteDbCollections> Providers = new("LiteDB", "LiteDbStore.Provide");

    /// <summary>
    /// Registers the LiteDB implementation of a repository a component outside Dialogs declares (called
    /// once per type from that component's LiteDb folder, at module load).
    /// </summary>
    public static void Provide<TRepository>(Func<LiteDbCollections, TRepository> create) where TRepository : class =>
        Providers.Add(create);

    /// <summary>The repositories registered with <see cref="Provide{TRepository}"/> so far.</summary>
    public static IReadOnlyList<Type> Provided => Providers.Registered;

    public TRepository Get<TRepository>() where TRepository : class =>
        (TRepository)_extensions.GetOrAdd(typeof(TRepository), t => Providers.For(t)(Collections));

    /// <summary>Runs <paramref name="change"/> as one transaction: all of it is stored, or none.</summary>
    public T Write<T>(Func<IStoreSession, T> change)
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

    public void Write(Action<IStoreSession> change) => Write<object?>(s => { change(s); return null; });

    [ThreadStatic] private static int _depth;

    private long _commits;

    public long Commits => Interlocked.Read(ref _commits);

    public bool InTransaction => _depth > 0;

    public INoticeRecorder? Notices { get; set; }

    /// <summary>LiteDB's own errors (a damaged file, a broken index).</summary>
    public static bool IsStoreFailure(Exception e) => e is LiteException;

    public bool IsReachable()
    {
        try { _ = Collections.Units.Count(); return true; }
        catch { return false; }
    }

    // IStoreDocuments: whole collections for `store copy`.

    public IReadOnlyCollection<string> CollectionNames => LiteDbCollections.Names;

    public long Count(string collection) =>
        LiteDbCollections.Names.Contains(collection) ? Collections.Collection<BsonDocument>(collection).LongCount() : 0;

    public IReadOnlyList<T> ReadAll<T>(string collection) where T : class => Collections.Collection<T>(collection).FindAll().ToList();

    public void InsertAll<T>(string collection, IReadOnlyList<T> documents) where T : class
    {
        if (!InTransaction) throw new InvalidOperationException("InsertAll runs inside a write.");
        Collections.Collection<T>(collection).InsertBulk(documents);
        Collections.Changed(collection);
    }

    public void Dispose()
    {
        _db.Dispose();
        _lockFile?.Dispose();
    }
}
