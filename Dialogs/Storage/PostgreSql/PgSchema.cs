using Npgsql;

namespace ChatBot.Dialogs.Storage.PostgreSql;

/// <summary>One step of the schema, applied once per database in the order registered.</summary>
/// <param name="Id">Its version: "0001_core", "0002_host"… A step, once released, never changes; a change is a new step.</param>
public sealed record PgMigration(string Id, string Sql, IReadOnlyList<PgTable> Tables);

/// <summary>
/// The schema, versioned: every step a component registers is applied at start-up if the database has
/// not had it (table <c>schema_migrations</c>), each in its own transaction, while a session advisory lock
/// keeps two starting replicas from applying the same step twice.
/// </summary>
public static class PgSchema
{
    /// <summary>The advisory lock held while migrating (session-level; the write lock is another key).</summary>
    public const long MigrationLockKey = 0x4454_5343_4845_4d41; // "DTSCHEMA"

    private static readonly Lock Gate = new();
    private static readonly List<PgMigration> Steps = [];

    // Dialogs' own tables are the first step, whichever component registers next.
    static PgSchema() => PgTables.Register();

    /// <summary>Every step registered so far, in order.</summary>
    public static IReadOnlyList<PgMigration> Migrations
    {
        get { lock (Gate) return Steps.ToList(); }
    }

    /// <summary>Every table of the registered steps: the collections a PostgreSQL store holds.</summary>
    public static IReadOnlyList<PgTable> Tables => Migrations.SelectMany(m => m.Tables).ToList();

    public static PgTable? Table(string name) => Tables.FirstOrDefault(t => t.Name == name);

    /// <summary>Registers a step that creates <paramref name="tables"/> (and runs <paramref name="extraSql"/> after them).</summary>
    public static void Add(string id, IReadOnlyList<PgTable> tables, string extraSql = "") =>
        Add(new PgMigration(id, string.Concat(tables.Select(t => t.CreateSql())) + extraSql, tables));

    public static void Add(PgMigration migration)
    {
        lock (Gate)
        {
            if (Steps.Any(s => s.Id == migration.Id)) return;
            var clash = Steps.SelectMany(s => s.Tables).Select(t => t.Name).Intersect(migration.Tables.Select(t => t.Name)).FirstOrDefault();
            if (clash is not null) throw new InvalidOperationException($"Table '{clash}' is created by two schema steps.");
            Steps.Add(migration);
        }
    }

    /// <summary>Applies the steps the database has not had; returns their ids.</summary>
    public static IReadOnlyList<string> Migrate(NpgsqlDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        Execute(connection, $"SELECT pg_advisory_lock({MigrationLockKey})");
        try
        {
            Execute(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (id text COLLATE \"C\" PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
            var applied = Applied(connection).ToHashSet(StringComparer.Ordinal);
            var done = new List<string>();
            foreach (var step in Migrations.Where(m => !applied.Contains(m.Id)))
            {
                using var transaction = connection.BeginTransaction();
                Execute(connection, step.Sql);
                using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (id) VALUES ($1)", connection))
                {
                    record.Parameters.Add(new NpgsqlParameter { Value = step.Id });
                    record.ExecuteNonQuery();
                }
                transaction.Commit();
                done.Add(step.Id);
            }
            return done;
        }
        finally
        {
            Execute(connection, $"SELECT pg_advisory_unlock({MigrationLockKey})");
        }
    }

    /// <summary>The steps the database has had, in the order applied.</summary>
    public static IReadOnlyList<string> Applied(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT id FROM schema_migrations ORDER BY applied_at, id", connection);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
