using System.Collections.Concurrent;
using LiteDB;

namespace ChatBot.Dialogs.Storage.LiteDb;

/// <summary>
/// The answers of one indexed look-up that every turn repeats with the same values (the member behind a
/// channel id, the sender's address, their waiting questions, whom they stand in for), kept in memory.
/// Why: each LiteDB query opens a snapshot that rebuilds the collection page and parses every index's
/// expression again, so these few reads were most of a 帮助 turn's CPU (bench turns). It stays the
/// file's truth because a LiteDB store is opened by this process alone (its lock file) and every change
/// goes through <see cref="LiteDbStore.Write{T}"/>, one transaction at a time under one lock:
/// <list type="bullet">
/// <item>every write to the collection forgets its answers first, inside its transaction
/// (<see cref="LiteDbCollections.Change"/>);</item>
/// <item>an answer is read from the file and kept only while holding that lock outside any transaction, so it
/// is committed state, and a later write forgets it before it commits;</item>
/// <item>inside a transaction the file is read directly: the transaction sees its own changes, nothing is kept.</item>
/// </list>
/// Documents are kept, not objects: every caller gets its own copy, to change as it likes.
/// </summary>
internal sealed class CachedLookup<T>(LiteDbCollections c, string collection, ParsedPredicate predicate) : LiteDbCollections.IForgets
{
    /// <summary>Enough for every member of a large bureau; beyond it (keys of strangers) the cache starts again.</summary>
    private const int MaxKeys = 20_000;

    private readonly ConcurrentDictionary<string, BsonDocument[]> _answers = new(StringComparer.Ordinal);

    /// <summary>The documents matching the predicate with this one value.</summary>
    public List<T> Find(string value) => Find(value, [value]);

    /// <summary>The documents matching the predicate with these values (<paramref name="key"/>: the values, joined).</summary>
    public List<T> Find(string key, BsonValue[] values)
    {
        if (c.InTransaction) return predicate.Find(c.Collection<T>(collection), values);
        if (!_answers.TryGetValue(key, out var documents))
        {
            lock (c.WriteLock)
            {
                // No transaction is open while the lock is held here: what the file says now is committed.
                documents = [.. predicate.Find(c.Collection<BsonDocument>(collection), values)];
                if (_answers.Count >= MaxKeys) _answers.Clear();
                _answers[key] = documents;
            }
        }
        var found = new List<T>(documents.Length);
        foreach (var document in documents) found.Add(c.Mapper.ToObject<T>(document));
        return found;
    }

    public void Forget() => _answers.Clear();
}
