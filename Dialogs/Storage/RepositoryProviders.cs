using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ChatBot.Dialogs.Storage;

/// <summary>
/// One provider's implementations of the repositories reached with <see cref="IStoreSession.Get{TRepository}"/>:
/// each is registered at module load by the assembly that declares its interface.
/// </summary>
/// <param name="provide">The registration call, named in the error when one is missing.</param>
public sealed class RepositoryProviders<TStore>(string provider, string provide)
{
    private readonly ConcurrentDictionary<Type, Func<TStore, object>> _create = new();

    /// <summary>The repositories registered so far.</summary>
    public IReadOnlyList<Type> Registered => _create.Keys.ToList();

    public void Add<TRepository>(Func<TStore, TRepository> create) where TRepository : class => _create[typeof(TRepository)] = create;

    /// <summary>How to make a <paramref name="repository"/>; throws when the provider has none.</summary>
    public Func<TStore, object> For(Type repository)
    {
        // The declaring assembly registers its implementations when it loads: make sure it has, even when
        // nothing of it has run yet.
        if (!_create.ContainsKey(repository)) RuntimeHelpers.RunModuleConstructor(repository.Module.ModuleHandle);
        return _create.TryGetValue(repository, out var create)
            ? create
            : throw new InvalidOperationException($"No {provider} implementation of {repository.Name} is registered ({provide}).");
    }
}
