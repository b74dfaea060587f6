using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Storage.PostgreSql;

namespace ChatBot.Bot.Hosting;

/// <summary>One collection on both sides of a copy: count and checksum.</summary>
public sealed record CollectionCheck(string Name, long SourceCount, string SourceSha256, long TargetCount, string TargetSha256)
{
    public bool Matches => SourceCount == TargetCount && SourceSha256 == TargetSha256;
}

/// <summary>
/// Moves a bureau's data from one store to another (LiteDB → PostgreSQL, or back), every collection in one
/// transaction of the target, and proves it arrived: per collection the count and a SHA-256 of its documents
/// (each as <see cref="StoreJson.Canonical{T}"/>, sorted by key) on both sides. The collections are those with a
/// PostgreSQL table (<see cref="PgSchema.Tables"/>): every collection either provider holds.
/// </summary>
public static class StoreCopy
{
    /// <summary>The collections copied, by name, with their record types.</summary>
    public static IReadOnlyList<PgTable> Collections => PgSchema.Tables;

    /// <summary>Collections of the target that already hold documents: a copy goes into an empty store only.</summary>
    public static IReadOnlyList<string> NotEmpty(IStore target) =>
        Collections.Where(t => Documents(target).Count(t.Name) > 0).Select(t => t.Name).ToList();

    /// <summary>Collections of the source with documents and no table to receive them (nothing would carry them across).</summary>
    public static IReadOnlyList<string> Uncovered(IStore source)
    {
        var known = Collections.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return Documents(source).CollectionNames.Where(n => !known.Contains(n) && Documents(source).Count(n) > 0).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Copies every collection in one write of the target (all or nothing) and returns both sides' counts and checksums.</summary>
    public static IReadOnlyList<CollectionCheck> Copy(IStore source, IStore target)
    {
        target.Write(_ =>
        {
            foreach (var table in Collections) Invoke(nameof(CopyCollection), table, source, target);
        });
        return Check(source, target);
    }

    /// <summary>Both sides' counts and checksums, collection by collection.</summary>
    public static IReadOnlyList<CollectionCheck> Check(IStore source, IStore target) =>
        Collections.Select(t =>
        {
            var (sourceCount, sourceHash) = ((long, string))Invoke(nameof(Summarise), t, source)!;
            var (targetCount, targetHash) = ((long, string))Invoke(nameof(Summarise), t, target)!;
            return new CollectionCheck(t.Name, sourceCount, sourceHash, targetCount, targetHash);
        }).ToList();

    /// <summary>How many documents the collection holds and the SHA-256 (hex) of them in key order.</summary>
    public static (long Count, string Sha256) Summary(IStore store, PgTable table) => ((long, string))Invoke(nameof(Summarise), table, store)!;

    private static void CopyCollection<T>(PgTable table, IStore source, IStore target) where T : class
    {
        var documents = Documents(source).ReadAll<T>(table.Name);
        if (documents.Count > 0) Documents(target).InsertAll(table.Name, documents);
    }

    private static (long, string) Summarise<T>(PgTable table, IStore store) where T : class
    {
        var lines = Documents(store).ReadAll<T>(table.Name)
            .Select(d => (Key: table.KeyOf(d), Json: StoreJson.Canonical(d)))
            .OrderBy(d => d.Key, StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long count = 0;
        foreach (var (_, json) in lines)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(json + "\n"));
            count++;
        }
        return (count, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static object? Invoke(string method, PgTable table, params object[] stores)
    {
        var generic = typeof(StoreCopy).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(table.DocumentType);
        try
        {
            return generic.Invoke(null, [table, .. stores]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    private static IStoreDocuments Documents(IStore store) =>
        store as IStoreDocuments ?? throw new InvalidOperationException($"The store at {store.Path} cannot be read whole (IStoreDocuments).");
}
