using System.Collections.Concurrent;
using Npgsql;

namespace ChatBot.Dialogs.Storage.PostgreSql;

/// <summary>
/// The task store on a PostgreSQL database, for a bureau that wants a server database (backups, several
/// replicas). The same seam and the same behaviour as the LiteDB store: every <see cref="Write{T}"/> is one
/// transaction, a write inside a write joins it, writes are serialised (a transaction-scoped advisory lock,
/// so also across processes) and reads inside a write see what it did so far. The schema is created and
/// migrated when the store opens (<see cref="PgSchema"/>).
/// </summary>
public sealed partial class PostgreSqlStore : IStore, IStoreDocuments
{
    /// <summary>The advisory lock every write takes for its transaction: one writer at a time, as in LiteDB.</summary>
    public const long WriteLockKey = 0x4454_5752_4954_4553; // "DTWRITES"

    private static readonly RepositoryProviders<PostgreSqlStore> Providers = new("PostgreSQL", "PostgreSqlStore.Provide");
    private readonly ConcurrentDictionary<Type, object> _extensions = new();
    private readonly Lock _writeLock = new();
    private readonly ThreadLocal<PgWrite?> _write = new();
    private int _migrated;
    private long _commits;

    /// <summary>Opens the database and brings its schema up to date.</summary>
    public PostgreSqlStore(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // Never the password or the whole string: this is what logs and messages show.
        Path = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        DataSource = NpgsqlDataSource.Create(builder);
        try
        {
            Migrate();
        }
        catch
        {
            DataSource.Dispose();
            throw;
        }
        (Items, Meetings, Roster, Audit, Sequences, Pending, IntakeDrafts, CheckOffs, Extensions, Reassignments, Reminders, UnmatchedUsers, DispatchResends, Addresses) = Repositories();
    }

    /// <summary>The connections; for this folder's repositories, the host's PostgreSQL repositories and tests.</summary>
    public NpgsqlDataSource DataSource { get; }

    public string Path { get; }

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

    private (IItemRepository, IMeetingRepository, IRosterRepository, IAuditLog, ISequences, IPendingQuestions, IIntakeDraftRepository,
        ICheckOffRepository, IExtensionRequests, IReassignRequests, IReminderLog, IUnmatchedUserRepository, IDispatchResendRepository, IAddressRepository) Repositories()
    {
        var sequences = new PgSequences(this);
        return (new PgItems(this), new PgMeetings(this), new PgRoster(this), new PgAuditLog(this, sequences), sequences,
            new PgPendingQuestions(this), new PgIntakeDrafts(this), new PgCheckOffs(this), new PgExtensionRequests(this),
            new PgReassignRequests(this), new PgReminderLog(this), new PgUnmatchedUsers(this), new PgDispatchResends(this), new PgAddresses(this));
    }

    /// <summary>The documents of <paramref name="table"/> in this store.</summary>
    public PgDocuments<T> Documents<T>(PgTable<T> table) where T : class => new(this, table);

    /// <summary>
    /// Registers the PostgreSQL implementation of a repository a component outside Dialogs declares (once
    /// per type, from that component's PostgreSql folder at module load, beside its <see cref="PgSchema.Add(string, IReadOnlyList{PgTable}, string)"/>).
    /// </summary>
    public static void Provide<TRepository>(Func<PostgreSqlStore, TRepository> create) where TRepository : class =>
        Providers.Add(create);

    /// <summary>The repositories registered with <see cref="Provide{TRepository}"/> so far.</summary>
    public static IReadOnlyList<Type> Provided => Providers.Registered;

    public TRepository Get<TRepository>() where TRepository : class =>
        (TRepository)_extensions.GetOrAdd(typeof(TRepository), t =>
        {
            // The assembly that declares the interface registers its implementation (and its tables) when it loads.
            var create = Providers.For(t);
            // Tables registered after the store opened are created now (outside any write: DDL takes its own locks).
            if (PgSchema.Migrations.Count > Volatile.Read(ref _migrated)) Migrate();
            return create(this);
        });

    private void Migrate()
    {
        var known = PgSchema.Migrations.Count;
        PgSchema.Migrate(DataSource);
        Volatile.Write(ref _migrated, known);
    }

    /// <summary>Runs <paramref name="change"/> as one transaction: all of it is stored, or none.</summary>
    public T Write<T>(Func<IStoreSession, T> change)
    {
        // A write inside a write joins the outer transaction: it commits or rolls back with it.
        if (_write.Value is not null) return change(this);
        lock (_writeLock)
        {
            using var connection = DataSource.OpenConnection();
            using var transaction = connection.BeginTransaction();
            using (var lockCommand = PgSql.Command(connection, $"SELECT pg_advisory_xact_lock({WriteLockKey})")) lockCommand.ExecuteNonQuery();
            _write.Value = new PgWrite(connection);
            try
            {
                var result = change(this);
                transaction.Commit();
                Interlocked.Increment(ref _commits);
                return result;
            }
            catch
            {
                try { transaction.Rollback(); }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException) { /* the connection is gone; so is the transaction */ }
                throw;
            }
            finally
            {
                _write.Value = null;
            }
        }
    }

    public void Write(Action<IStoreSession> change) => Write<object?>(s => { change(s); return null; });

    public bool InTransaction => _write.Value is not null;

    public long Commits => Interlocked.Read(ref _commits);

    public INoticeRecorder? Notices { get; set; }

    /// <summary>
    /// Runs <paramref name="work"/> on the open write's connection when this thread is inside a write (so it
    /// sees and joins the write), else on a connection of its own.
    /// </summary>
    public T Run<T>(Func<NpgsqlConnection, T> work)
    {
        if (_write.Value is { } open) return work(open.Connection);
        using var connection = DataSource.OpenConnection();
        return work(connection);
    }

    /// <summary>The server's own errors (connection refused, a constraint, a lost connection).</summary>
    public static bool IsStoreFailure(Exception e) => e is NpgsqlException;

    public bool IsReachable()
    {
        try { return Run(c => { using var command = PgSql.Command(c, "SELECT 1"); return command.ExecuteScalar() is 1; }); }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException) { return false; }
    }

    public void Dispose()
    {
        _write.Dispose();
        DataSource.Dispose();
    }

    private sealed record PgWrite(NpgsqlConnection Connection);

    // IStoreDocuments: whole tables for `store copy`.

    public IReadOnlyCollection<string> CollectionNames => PgSchema.Tables.Select(t => t.Name).ToList();

    public long Count(string collection) => PgSchema.Table(collection) is { } table
        ? Run(c => { using var command = PgSql.Command(c, $"SELECT count(*) FROM {table.Name}"); return (long)command.ExecuteScalar()!; })
        : 0;

    public IReadOnlyList<T> ReadAll<T>(string collection) where T : class => Documents(TableOf<T>(collection)).All();

    public void InsertAll<T>(string collection, IReadOnlyList<T> documents) where T : class
    {
        if (!InTransaction) throw new InvalidOperationException("InsertAll runs inside a write.");
        Documents(TableOf<T>(collection)).InsertMany(documents);
    }

    private static PgTable<T> TableOf<T>(string collection) where T : class =>
        PgSchema.Table(collection) as PgTable<T> ?? throw new InvalidOperationException($"No table of {typeof(T).Name} named '{collection}'.");
}
