using System.Text;
using NpgsqlTypes;

namespace ChatBot.Dialogs.Storage.PostgreSql;

/// <summary>The SQL type of a column beside a table's document.</summary>
public enum PgType { Text, Integer, BigInt, Boolean, Date, Instant, TextArray }

/// <summary>How a column is indexed: a b-tree, a unique b-tree, a GIN index (arrays: <c>col @> ARRAY[$1]</c>), or none.</summary>
public enum PgIndex { None, BTree, Unique, Gin }

/// <summary>A column filled from the document when it is written, so the queries that need it use an index.</summary>
public sealed record PgColumn(string Name, PgType Type, Func<object, object?> Value, PgIndex Index)
{
    internal string SqlType => Type switch
    {
        PgType.Text => "text",
        PgType.Integer => "integer",
        PgType.BigInt => "bigint",
        PgType.Boolean => "boolean",
        PgType.Date => "date",
        PgType.Instant => "timestamptz",
        PgType.TextArray => "text[]",
        _ => throw new ArgumentOutOfRangeException(nameof(Type), Type, null),
    };

    internal NpgsqlDbType DbType => Type switch
    {
        PgType.Text => NpgsqlDbType.Text,
        PgType.Integer => NpgsqlDbType.Integer,
        PgType.BigInt => NpgsqlDbType.Bigint,
        PgType.Boolean => NpgsqlDbType.Boolean,
        PgType.Date => NpgsqlDbType.Date,
        PgType.Instant => NpgsqlDbType.TimestampTz,
        PgType.TextArray => NpgsqlDbType.Array | NpgsqlDbType.Text,
        _ => throw new ArgumentOutOfRangeException(nameof(Type), Type, null),
    };
}

/// <summary>
/// One collection as a PostgreSQL table: the key (<c>id</c>, ordinal collation), the whole record as
/// <c>jsonb</c> (<c>doc</c>, written with <see cref="StoreJson"/>) and the columns its queries filter and
/// order on, each with its index. The document is the record; the columns are derived from it on every write.
/// </summary>
public abstract class PgTable
{
    private readonly List<PgColumn> _columns = [];
    private readonly List<string> _extraSql = [];

    protected PgTable(string name, Type documentType)
    {
        if (!IsIdentifier(name)) throw new ArgumentException($"'{name}' is not a plain lower-case table name.", nameof(name));
        Name = name;
        DocumentType = documentType;
    }

    /// <summary>The table's name, which is also the collection's name in every provider.</summary>
    public string Name { get; }
    public Type DocumentType { get; }
    public IReadOnlyList<PgColumn> Columns => _columns;

    /// <summary>The document's key (its <c>id</c>).</summary>
    public abstract string KeyOf(object document);

    protected void AddColumn(PgColumn column)
    {
        if (!IsIdentifier(column.Name) || column.Name is "id" or "doc")
            throw new ArgumentException($"'{column.Name}' cannot be a column of {Name}.", nameof(column));
        _columns.Add(column);
    }

    protected void AddSql(string sql) => _extraSql.Add(sql);

    /// <summary>The table, its indexes and any extra statements, as a migration step creates them.</summary>
    public string CreateSql()
    {
        var sql = new StringBuilder();
        sql.Append($"CREATE TABLE {Name} (id text COLLATE \"C\" PRIMARY KEY, doc jsonb NOT NULL");
        foreach (var c in _columns) sql.Append($", {c.Name} {c.SqlType}");
        sql.AppendLine(");");
        foreach (var c in _columns)
        {
            var index = c.Index switch
            {
                PgIndex.BTree => $"CREATE INDEX {Name}_{c.Name} ON {Name} ({c.Name});",
                PgIndex.Unique => $"CREATE UNIQUE INDEX {Name}_{c.Name} ON {Name} ({c.Name});",
                PgIndex.Gin => $"CREATE INDEX {Name}_{c.Name} ON {Name} USING gin ({c.Name});",
                _ => null,
            };
            if (index is not null) sql.AppendLine(index);
        }
        foreach (var extra in _extraSql) sql.AppendLine(extra);
        return sql.ToString();
    }

    private static bool IsIdentifier(string name) =>
        name.Length is > 0 and < 60 && name.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_') && name[0] is >= 'a' and <= 'z';
}

/// <summary>
/// A collection of <typeparamref name="T"/> documents. Declare one with its key and the fields its
/// queries need, e.g.
/// <code>new PgTable&lt;Delegation&gt;("delegations", d =&gt; d.Id).Column("member_id", PgType.Text, d =&gt; d.MemberId)</code>
/// and read and write it through <see cref="PgDocuments{T}"/>.
/// </summary>
public sealed class PgTable<T>(string name, Func<T, string> key) : PgTable(name, typeof(T)) where T : class
{
    public override string KeyOf(object document) => key((T)document);

    public string Key(T document) => key(document);

    /// <summary>A column derived from the document, indexed as <paramref name="index"/> says.</summary>
    public PgTable<T> Column(string column, PgType type, Func<T, object?> value, PgIndex index = PgIndex.BTree)
    {
        AddColumn(new PgColumn(column, type, d => value((T)d), index));
        return this;
    }

    /// <summary>A further statement of the table's creation (a partial index, a trigger).</summary>
    public PgTable<T> Sql(string statement)
    {
        AddSql(statement);
        return this;
    }
}
