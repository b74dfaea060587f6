using System.Collections.Concurrent;
using LiteDB;

namespace ChatBot.Dialogs.Storage.LiteDb;

/// <summary>
/// A LiteDB predicate with parameters (<c>@0</c>, <c>@1</c>…), parsed once and reused with new values.
/// Why: <c>BsonExpression.Create</c> parses the text into LINQ expression trees on every call (LiteDB
/// caches only the compiled delegate, by text), and <c>FindById</c> does the same with <c>_id = @0</c>;
/// for the indexed look-ups every turn makes, that parse cost more than the read itself (bench turns).
/// A parsed expression carries its parameter values, so a caller takes one from a small pool, sets the
/// values, reads the results into a list and gives it back — never shared while a query runs.
/// </summary>
internal sealed class ParsedPredicate(string text)
{
    private readonly ConcurrentBag<BsonExpression> _free = [];

    /// <summary>The primary key: what <c>FindById</c> looks up, without its parse.</summary>
    public static readonly ParsedPredicate ById = new("_id = @0");

    /// <summary>The documents matching the predicate with these values, in LiteDB's order.</summary>
    public List<T> Find<T>(ILiteCollection<T> collection, params ReadOnlySpan<BsonValue> values)
    {
        var expression = Take(values);
        try
        {
            return collection.Find(expression).ToList();
        }
        finally
        {
            _free.Add(expression);
        }
    }

    /// <summary>The first match (by id: the one document), or null.</summary>
    public T? FindOne<T>(ILiteCollection<T> collection, params ReadOnlySpan<BsonValue> values) where T : class
    {
        var expression = Take(values);
        try
        {
            return collection.Find(expression, limit: 1).FirstOrDefault();
        }
        finally
        {
            _free.Add(expression);
        }
    }

    private BsonExpression Take(ReadOnlySpan<BsonValue> values)
    {
        if (!_free.TryTake(out var expression)) expression = BsonExpression.Create(text);
        // The parameters document is shared by the expression's parts (left, right), so setting it here is seen by all.
        for (var i = 0; i < values.Length; i++)
            expression.Parameters[Names[i]] = values[i] ?? BsonValue.Null;
        return expression;
    }

    private static readonly string[] Names = ["0", "1", "2", "3"];
}
