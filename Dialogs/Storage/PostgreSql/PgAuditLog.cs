using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage.PostgreSql;

/// <summary>Inserts and reads only; the table's trigger refuses anything else (PgTables.Audit).</summary>
internal sealed class PgAuditLog(PostgreSqlStore store, ISequences sequences) : IAuditLog
{
    private readonly PgDocuments<AuditEntry> _entries = store.Documents(PgTables.Audit);

    public AuditEntry Append(AuditEntry entry)
    {
        entry.Id = Guid.NewGuid().ToString("N");
        entry.Seq = sequences.Next(AuditLogs.Sequence);
        _entries.Insert(entry);
        return entry;
    }

    public IReadOnlyList<AuditEntry> For(string entityId) => _entries.Query("WHERE entity_id = $1 ORDER BY at, seq", entityId);
}

/// <summary>A counter row per sequence, incremented in the write's transaction: a rolled-back write takes no number.</summary>
internal sealed class PgSequences(PostgreSqlStore store) : ISequences
{
    public int Next(string sequence) =>
        store.Run(c =>
        {
            using var command = PgSql.Command(c, """
                INSERT INTO counters (id, doc, value) VALUES ($1, jsonb_build_object('Id', $1::text, 'Value', 1), 1)
                ON CONFLICT (id) DO UPDATE SET value = counters.value + 1, doc = jsonb_build_object('Id', counters.id, 'Value', counters.value + 1)
                RETURNING value
                """, sequence);
            return (int)command.ExecuteScalar()!;
        });

    public long Current(string sequence) =>
        store.Run(c =>
        {
            using var command = PgSql.Command(c, "SELECT value FROM counters WHERE id = $1", sequence);
            return command.ExecuteScalar() is int value ? value : 0L;
        });
}
