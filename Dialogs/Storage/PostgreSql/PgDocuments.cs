using Npgsql;
using NpgsqlTypes;

namespace ChatBot.Dialogs.Storage.PostgreSql;

/// <summary>
/// The documents of one <see cref="PgTable{T}"/> in one store: what a small repository needs (get by key,
/// put, delete, find by its columns) in one line each. Conditions and orders are SQL over the table's
/// columns with positional parameters: <c>Where("member_id = $1", memberId)</c>. Inside
/// <see cref="IStore.Write{T}"/> every call runs in the write's transaction; outside it, on its own.
/// </summary>
public sealed class PgDocuments<T>(PostgreSqlStore store, PgTable<T> table) where T : class
{
    private readonly string _select = $"SELECT doc FROM {table.Name}";

    public PgTable<T> Table => table;

    public T? Get(string id) => Query("WHERE id = $1", id).FirstOrDefault();

    /// <summary>Every document, in key order.</summary>
    public IReadOnlyList<T> All() => Query("ORDER BY id");

    /// <summary>The documents matching <paramref name="condition"/>, in key order.</summary>
    public IReadOnlyList<T> Where(string condition, params object?[] args) => Query($"WHERE {condition} ORDER BY id", args);

    public T? First(string condition, params object?[] args) => Query($"WHERE {condition} ORDER BY id LIMIT 1", args).FirstOrDefault();

    /// <summary>The documents selected by the rest of the statement after <c>SELECT doc FROM table</c> (WHERE, ORDER BY, LIMIT).</summary>
    public IReadOnlyList<T> Query(string tail, params object?[] args) =>
        store.Run(c =>
        {
            using var command = PgSql.Command(c, $"{_select} {tail}", args);
            return PgSql.Read(command, r => StoreJson.Deserialize<T>(r.GetString(0)));
        });

    /// <summary>One column's values: <c>Values&lt;string&gt;("id", "WHERE day &lt; $1", day)</c>.</summary>
    public IReadOnlyList<TValue> Values<TValue>(string expression, string tail, params object?[] args) =>
        store.Run(c =>
        {
            using var command = PgSql.Command(c, $"SELECT {expression} FROM {table.Name} {tail}", args);
            return PgSql.Read(command, r => r.IsDBNull(0) ? default! : r.GetFieldValue<TValue>(0));
        });

    public bool Exists(string condition, params object?[] args) =>
        store.Run(c =>
        {
            using var command = PgSql.Command(c, $"SELECT EXISTS (SELECT 1 FROM {table.Name} WHERE {condition})", args);
            return (bool)command.ExecuteScalar()!;
        });

    public int Count(string? condition = null, params object?[] args) =>
        store.Run(c =>
        {
            using var command = PgSql.Command(c, $"SELECT count(*) FROM {table.Name}" + (condition is null ? "" : $" WHERE {condition}"), args);
            return Convert.ToInt32(command.ExecuteScalar());
        });

    /// <summary>Adds the document; a document with the same key already there is an error, as in LiteDB.</summary>
    public void Insert(T document) => Write(document, "");

    public void InsertMany(IEnumerable<T> documents)
    {
        foreach (var document in documents) Insert(document);
    }

    /// <summary>Adds the document or replaces the one with its key.</summary>
    public void Upsert(T document)
    {
        var set = string.Join(", ", table.Columns.Select(c => $"{c.Name} = EXCLUDED.{c.Name}").Prepend("doc = EXCLUDED.doc"));
        Write(document, $" ON CONFLICT (id) DO UPDATE SET {set}");
    }

    /// <summary>Replaces the document with its key; false (and nothing written) when there is none.</summary>
    public bool Update(T document) =>
        store.Run(c =>
        {
            var set = string.Join(", ", table.Columns.Select((col, i) => $"{col.Name} = ${i + 3}").Prepend("doc = $2"));
            using var command = new NpgsqlCommand($"UPDATE {table.Name} SET {set} WHERE id = $1", c);
            AddParameters(command, document);
            return command.ExecuteNonQuery() > 0;
        });

    public bool Delete(string id) =>
        store.Run(c =>
        {
            using var command = PgSql.Command(c, $"DELETE FROM {table.Name} WHERE id = $1", id);
            return command.ExecuteNonQuery() > 0;
        });

    /// <summary>Deletes the documents matching <paramref name="condition"/>; returns how many.</summary>
    public int DeleteWhere(string condition, params object?[] args) =>
        store.Run(c =>
        {
            using var command = PgSql.Command(c, $"DELETE FROM {table.Name} WHERE {condition}", args);
            return command.ExecuteNonQuery();
        });

    private void Write(T document, string onConflict) =>
        store.Run(c =>
        {
            var names = string.Join(", ", table.Columns.Select(col => col.Name).Prepend("doc").Prepend("id"));
            var values = string.Join(", ", Enumerable.Range(1, table.Columns.Count + 2).Select(i => $"${i}"));
            using var command = new NpgsqlCommand($"INSERT INTO {table.Name} ({names}) VALUES ({values}){onConflict}", c);
            AddParameters(command, document);
            return command.ExecuteNonQuery();
        });

    private void AddParameters(NpgsqlCommand command, T document)
    {
        command.Parameters.Add(PgSql.Typed(table.Key(document), NpgsqlDbType.Text));
        command.Parameters.Add(PgSql.Typed(StoreJson.Serialize(document), NpgsqlDbType.Jsonb));
        foreach (var column in table.Columns) command.Parameters.Add(PgSql.Typed(column.Value(document), column.DbType));
    }
}
