using System.Collections;
using Npgsql;
using NpgsqlTypes;

namespace ChatBot.Dialogs.Storage.PostgreSql;

/// <summary>Commands with positional parameters (<c>$1</c>, <c>$2</c>…), values converted as the store keeps them.</summary>
public static class PgSql
{
    /// <summary>
    /// A command on <paramref name="connection"/>. An array is one parameter: pass it as <c>(object)array</c>,
    /// or C# spreads it over <paramref name="args"/>.
    /// </summary>
    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object?[] args)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var arg in args) command.Parameters.Add(new NpgsqlParameter { Value = Value(arg) });
        return command;
    }

    /// <summary>A value as a parameter: instants in UTC to the millisecond, enums by name, string lists as text[].</summary>
    public static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset d => StoreJson.Instant(d),
        Enum e => e.ToString(),
        string s => s,
        IEnumerable<string> list => list.ToArray(),
        IEnumerable items and not byte[] => items.Cast<object?>().Select(i => i is Enum e ? e.ToString() : i?.ToString()).ToArray(),
        _ => value,
    };

    internal static NpgsqlParameter Typed(object? value, NpgsqlDbType type) => new() { Value = Value(value), NpgsqlDbType = type };

    public static List<T> Read<T>(NpgsqlCommand command, Func<NpgsqlDataReader, T> row)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(row(reader));
        return rows;
    }
}
