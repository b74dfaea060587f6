using System.Collections.Concurrent;

namespace ChatBot.Bot.Web.LocalChat;

/// <summary>
/// The local page's stand-in for the member's OneDrive: the bot PUTs an accepted file here (as it would
/// to Teams' upload URL) and the page offers it as a download link. In memory, a few files at most.
/// </summary>
public sealed class LocalFiles
{
    public const long MaxBytes = 20 * 1024 * 1024;
    private const int MaxFiles = 20;
    private readonly ConcurrentDictionary<string, (string Name, byte[] Content, long Order)> _files = new();
    private long _order;

    public void Put(string id, string name, byte[] content)
    {
        _files[id] = (name, content, Interlocked.Increment(ref _order));
        foreach (var old in _files.OrderByDescending(f => f.Value.Order).Skip(MaxFiles).ToList()) _files.TryRemove(old.Key, out _);
    }

    public (string Name, byte[] Content)? Get(string id) => _files.TryGetValue(id, out var f) ? (f.Name, f.Content) : null;
}
