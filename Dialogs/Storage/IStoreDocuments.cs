namespace ChatBot.Dialogs.Storage;

/// <summary>
/// Whole collections by name, for moving a bureau's data from one provider to another (<c>store copy</c>)
/// and checking it arrived. Not for features: they use the repositories.
/// </summary>
public interface IStoreDocuments
{
    /// <summary>Every collection this store holds (created or not yet written).</summary>
    IReadOnlyCollection<string> CollectionNames { get; }
    /// <summary>How many documents the collection holds (0 for an unknown one).</summary>
    long Count(string collection);
    /// <summary>Every document of the collection as <typeparamref name="T"/>.</summary>
    IReadOnlyList<T> ReadAll<T>(string collection) where T : class;
    /// <summary>Inserts the documents as they are; call inside <see cref="IStore.Write{T}"/>.</summary>
    void InsertAll<T>(string collection, IReadOnlyList<T> documents) where T : class;
}
