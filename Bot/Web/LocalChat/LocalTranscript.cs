using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Feeds = System.Threading.Channels;


namespace ChatBot.Bot.Web.LocalChat;

/// <summary>
/// What the bot sent into local conversations, kept in memory for the chat page, and a live feed of
/// it for server-sent events. The local page is a developer channel: nothing here needs to survive a restart.
/// </summary>
public sealed class LocalTranscript
{
    private const int MaxPerConversation = 500;
    private readonly ConcurrentDictionary<string, List<JsonObject>> _byConversation = new();
    private readonly ConcurrentDictionary<Guid, (string Conversation, Feeds.Channel<JsonObject> Feed)> _subscribers = new();
    private long _nextId;

    public string NextActivityId() => $"local-{Interlocked.Increment(ref _nextId):D6}";

    /// <summary>Records an event ("send", "update", "delete") for a conversation and pushes it to its watchers.</summary>
    public void Publish(string conversationId, string kind, JsonObject activity)
    {
        var entry = new JsonObject { ["kind"] = kind, ["conversationId"] = conversationId, ["activity"] = activity };
        var list = _byConversation.GetOrAdd(conversationId, _ => []);
        lock (list)
        {
            list.Add(entry);
            if (list.Count > MaxPerConversation) list.RemoveAt(0);
        }
        foreach (var (_, (conversation, feed)) in _subscribers)
            if (conversation == conversationId) feed.Writer.TryWrite(entry);
    }

    public IReadOnlyList<JsonObject> History(string conversationId)
    {
        if (!_byConversation.TryGetValue(conversationId, out var list)) return [];
        lock (list) return list.Select(e => (JsonObject)e.DeepClone()).ToList();
    }

    public (Guid Id, Feeds.ChannelReader<JsonObject> Reader) Subscribe(string conversationId)
    {
        var id = Guid.NewGuid();
        var feed = Feeds.Channel.CreateBounded<JsonObject>(new Feeds.BoundedChannelOptions(200) { FullMode = Feeds.BoundedChannelFullMode.DropOldest });
        _subscribers[id] = (conversationId, feed);
        return (id, feed.Reader);
    }

    public void Unsubscribe(Guid id) => _subscribers.TryRemove(id, out _);
}
