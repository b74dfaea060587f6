using ChatBot.Bot.Hosting;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage.PostgreSql;
using Npgsql;

namespace ChatBot.Bot.Tests.Storage;

/// <summary>What only the PostgreSQL provider has: its versioned schema, its indexes, the audit trigger, several processes on one database.</summary>
public class PostgreSqlStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    private static List<string> Strings(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }

    [SkippableFact]
    public void The_schema_is_versioned_and_a_second_start_applies_nothing()
    {
        var database = PostgreSql.NewDatabase("schema");
        using (var store = new PostgreSqlStore(database)) _ = store.Get<ChatBot.Bot.Storage.IOutboxRepository>();
        Assert.Equal(["0001_core", "0002_host"], Strings(database, "SELECT id FROM schema_migrations ORDER BY id").Take(2));

        using var source = NpgsqlDataSource.Create(database);
        Assert.Empty(PgSchema.Migrate(source));
        using var reopened = new PostgreSqlStore(database);
        Assert.True(reopened.IsReachable());
    }

    [SkippableFact]
    public async Task Replicas_starting_together_on_an_empty_database_migrate_it_once()
    {
        var database = PostgreSql.NewDatabase("schema");
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new PostgreSqlStore(database)))).WaitAsync(TimeSpan.FromMinutes(2));
        try
        {
            Assert.All(stores, s => Assert.True(s.IsReachable()));
            var steps = Strings(database, "SELECT id FROM schema_migrations");
            Assert.Equal(steps.Count, steps.Distinct().Count());
            Assert.Contains("0001_core", steps);
        }
        finally
        {
            foreach (var s in stores) s.Dispose();
        }
    }

    [SkippableFact]
    public void The_indexes_the_open_items_queries_need_exist()
    {
        var database = PostgreSql.NewDatabase("indexes");
        using var store = new PostgreSqlStore(database);
        var indexes = Strings(database, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'").ToHashSet();
        foreach (var expected in new[]
                 {
                     "assignments_unit_id", "assignments_status", "assignments_due", "assignments_assignees", "assignments_number",
                     "assignments_open_unit", "members_unit_ids", "members_aad_object_id", "members_email", "members_channel_user_id",
                     "audit_entity_id", "relay_confirmations_meeting_id", "progress_reports_assignment_id", "units_name",
                 })
            Assert.Contains(expected, indexes);
    }

    [SkippableFact]
    public void The_audit_log_refuses_update_delete_and_truncate_even_in_plain_SQL()
    {
        var database = PostgreSql.NewDatabase("audit");
        using var store = new PostgreSqlStore(database);
        var entry = store.Write(s => s.Audit.Append("assignment", "a1", "create", null, "Dispatched", "m1", At, "act-1"));

        using var connection = new NpgsqlConnection(database);
        connection.Open();
        foreach (var sql in new[] { "UPDATE audit SET entity_id = 'other'", "DELETE FROM audit", "TRUNCATE audit" })
        {
            using var command = new NpgsqlCommand(sql, connection);
            var refused = Assert.Throws<PostgresException>(() => command.ExecuteNonQuery());
            Assert.Contains("append-only", refused.MessageText);
        }
        Assert.Equal(entry.Id, Assert.Single(store.Audit.For("a1")).Id);
    }

    [SkippableFact]
    public async Task Two_stores_on_one_database_write_one_at_a_time_and_never_share_a_number()
    {
        // Two processes of the bot on one database: the write lock is the database's, not the process's.
        var database = PostgreSql.NewDatabase("writers");
        using var one = new PostgreSqlStore(database);
        using var two = new PostgreSqlStore(database);
        var numbers = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() => (i % 2 == 0 ? one : two).Write(s =>
        {
            var n = s.Sequences.Next("assignment");
            s.Items.Add(new Assignment { Id = $"a{n}", Number = n, UnitId = "u1", Task = "任务", CreatedAt = At, UpdatedAt = At });
            return n;
        })))).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(Enumerable.Range(1, 60), numbers.Order());
        Assert.Equal(60, one.Items.RowsOfUnit("u1", withClosed: true).Count);
    }

    [SkippableFact]
    public void The_store_names_its_server_and_database_but_never_the_password()
    {
        var database = PostgreSql.NewDatabase("path") + ";Password=hunter2-secret";
        using var store = new PostgreSqlStore(database);
        Assert.StartsWith("postgresql://127.0.0.1:", store.Path);
        Assert.DoesNotContain("hunter2", store.Path);
    }

    [Fact]
    public void A_bad_provider_or_a_missing_connection_string_stops_the_start_with_the_key()
    {
        var bad = Assert.Throws<InvalidOperationException>(() => BotApp.Build(["--Storage:Provider=Oracle", "--urls=http://127.0.0.1:0"]));
        Assert.Contains("Storage:Provider must be LiteDb or PostgreSql, not 'Oracle'", bad.Message);
        var missing = Assert.Throws<InvalidOperationException>(() => BotApp.Build(["--Storage:Provider=PostgreSql", "--urls=http://127.0.0.1:0"]));
        Assert.Contains("Storage:ConnectionString is required", missing.Message);
    }

    [Fact]
    public void Every_repository_LiteDb_provides_PostgreSql_provides_too()
    {
        // Both assemblies register their repositories for both providers when they load.
        foreach (var assembly in new[] { typeof(IStore).Assembly, typeof(global::ChatBot.Bot.BotApp).Assembly })
            System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        Assert.NotEmpty(LiteDbStore.Provided);
        Assert.Empty(LiteDbStore.Provided.Except(PostgreSqlStore.Provided).Select(t => t.Name));
    }

    [Fact]
    public void The_LiteDb_provider_is_the_default_and_needs_nothing()
    {
        var options = new StorageOptions();
        options.Validate();
        Assert.Equal(StorageOptions.LiteDb, options.Provider);
        Assert.False(options.IsPostgreSql);
    }
}
