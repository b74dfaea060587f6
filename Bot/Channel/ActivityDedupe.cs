using System.Security.Cryptography;
using System.Text;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Channel;

/// <summary>
/// Channels redeliver an activity when our answer was slow or lost. Each activity id is recorded as
/// "running" (by this process) when its turn starts and "done" once its replies are sent or queued in
/// the outbox, so the same activity has one effect — and a turn cut off by a crash is run again when
/// Teams resends it after the restart.
/// </summary>
public sealed class ActivityDedupe(TaskStore store, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>This process: a record left "running" by another one was interrupted by a crash or a stop.</summary>
    private static readonly string ThisRun = Guid.NewGuid().ToString("N");

    public sealed class Seen
    {
        public string Id { get; set; } = "";
        public DateTimeOffset At { get; set; }
        /// <summary>The process running the turn; null once done (and for records written before this field existed).</summary>
        public string? RunningIn { get; set; }
    }

    public enum Claim
    {
        /// <summary>First delivery: run the turn.</summary>
        New,
        /// <summary>The turn was running in a process that is gone: run it again.</summary>
        Interrupted,
        /// <summary>This process is running it now.</summary>
        Running,
        /// <summary>Handled; its replies were sent or queued.</summary>
        Done,
    }

    private static LiteDB.ILiteCollection<Seen> Collection(TaskStore s) => s.Collection<Seen>("processed_activities");

    /// <summary>The record's key; long ids are hashed so the key stays far below LiteDB's index limit.</summary>
    public static string? KeyOf(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Id)) return null;
        var key = $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";
        return Encoding.UTF8.GetByteCount(key) <= 200 ? key : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>Claims the activity for a turn in this process. Activities without an id are always new.</summary>
    public Claim TryBegin(Activity activity)
    {
        if (KeyOf(activity) is not { } key) return Claim.New;
        var now = time.GetUtcNow();
        return store.Write(s =>
        {
            var seen = Collection(s);
            var record = seen.FindById(key);
            if (record is null)
            {
                seen.Insert(new Seen { Id = key, At = now, RunningIn = ThisRun });
                return Claim.New;
            }
            if (record.RunningIn is null) return Claim.Done;
            if (record.RunningIn == ThisRun) return Claim.Running;
            record.RunningIn = ThisRun;
            record.At = now;
            seen.Update(record);
            return Claim.Interrupted;
        });
    }

    /// <summary>Marks the activity handled; inside a caller's write it commits with the replies queued there.</summary>
    public void Complete(Activity activity)
    {
        if (KeyOf(activity) is not { } key) return;
        store.Write(s =>
        {
            var seen = Collection(s);
            if (seen.FindById(key) is not { } record) return;
            record.RunningIn = null;
            seen.Update(record);
        });
    }

    /// <summary>Forgets ids older than the window; called now and then so the collection stays small.</summary>
    public int Prune()
    {
        var cutoff = time.GetUtcNow() - Window;
        return store.Write(s => Collection(s).DeleteMany(x => x.At < cutoff));
    }
}
