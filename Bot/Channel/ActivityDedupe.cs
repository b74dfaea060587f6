using ChatBot.Bot.Channel.Schema;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Channel;

/// <summary>
/// Channels redeliver an activity when our answer was slow or lost. The ids seen in the last day are
/// kept in the store, so the same activity has one effect, also across a restart.
/// </summary>
public sealed class ActivityDedupe(TaskStore store, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public sealed class Seen
    {
        public string Id { get; set; } = "";
        public DateTimeOffset At { get; set; }
    }

    private LiteDB.ILiteCollection<Seen> Collection => store.Collection<Seen>("processed_activities");

    /// <summary>True the first time this activity is seen; false for a redelivery. Activities without an id are always new.</summary>
    public bool TryBegin(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Id)) return true;
        var key = $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";
        var now = time.GetUtcNow();
        return store.Write(s =>
        {
            var seen = Collection;
            if (seen.FindById(key) is not null) return false;
            seen.Insert(new Seen { Id = key, At = now });
            return true;
        });
    }

    /// <summary>Forgets ids older than the window; called now and then so the collection stays small.</summary>
    public int Prune()
    {
        var cutoff = time.GetUtcNow() - Window;
        return store.Write(_ => Collection.DeleteMany(s => s.At < cutoff));
    }
}
