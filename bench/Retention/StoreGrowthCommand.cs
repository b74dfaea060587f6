using ChatBot.Bot.Storage;
using ChatBot.Dialogs.Storage.LiteDb;
using System.Globalization;
using ChatBot.Bot.Channel;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Scheduling;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Bench.Retention;

/// <summary>
/// store-growth [--turns 100000] [--turns-per-day 2000] [--no-prune]: what the store keeps per turn, on
/// simulated time over a real LiteDB file. Each turn records its activity id (the dedupe window) and one
/// proactive message that is sent (the outbox); the pruning pass runs every simulated hour, as in the bot.
/// Every --sample turns (10,000) the store is closed — LiteDB checkpoints its log into the data file — and the
/// size is printed with the growth per 1,000 turns since the previous sample; at the end, the growth over the
/// last 20,000 — flat once the retention window is full. The audit log is not part of a plain turn.
/// </summary>
internal static class StoreGrowthCommand
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 1, 0, 0, TimeSpan.Zero);

    public static int Run(string[] args)
    {
        var turns = IntOption(args, "--turns") ?? 100_000;
        var perDay = IntOption(args, "--turns-per-day") ?? 2_000;
        var prune = !args.Contains("--no-prune");
        var path = Path.Combine(Path.GetTempPath(), $"store-growth-{Guid.NewGuid():N}.db");
        var time = new FakeTimeProvider(Start);
        var step = TimeSpan.FromDays(1) / perDay;
        var storage = new StorageOptions();
        var sample = IntOption(args, "--sample") ?? 10_000;
        var sizes = new List<(int Turns, long Bytes)>();
        OutboxCounts? counts = null;
        var activityIds = 0;
        try
        {
            var nextPrune = time.GetUtcNow();
            var batch = new List<string>();
            var i = 0;
            // One segment per sample: closing the store checkpoints LiteDB's log into the data file, so every
            // sample measures the data file alone and no page is counted twice (in the log and in the file).
            while (i < turns)
            {
                using (var store = new LiteDbStore(path))
                {
                    var outbox = new ChatBot.Bot.Outbox.Outbox(store, time);
                    var dedupe = new ActivityDedupe(store, time);
                    var retention = new StoreRetention(dedupe, outbox, Options.Create(storage), time, NullLogger<StoreRetention>.Instance);
                    var segmentEnd = Math.Min(turns, i + sample);
                    while (i < segmentEnd)
                    {
                        i++;
                        var conversation = $"a:member-{i % 400:000}";
                        var incoming = new Activity { Id = $"1:{Guid.NewGuid():N}", ChannelId = "msteams", Conversation = new ConversationAccount { Id = conversation } };
                        dedupe.TryBegin(incoming);
                        dedupe.Complete(incoming);
                        dedupe.Release(incoming);
                        var key = $"notice:{i:000000}";
                        outbox.Enqueue(key, OutboxTarget.Conversation("tenant-bench", "https://smba.trafficmanager.net/teams/", conversation),
                            new Activity { Type = Activity.Types.Message, Text = $"督办事项第{i}条进展已更新，请查看。" });
                        batch.Add(key);
                        if (batch.Count == 100) SendAll(outbox, batch);
                        time.Advance(step);
                        if (prune && time.GetUtcNow() >= nextPrune)
                        {
                            retention.RunOnce();
                            nextPrune = time.GetUtcNow() + TimeSpan.FromMinutes(storage.PruneIntervalMinutes);
                        }
                    }
                    if (batch.Count > 0) SendAll(outbox, batch);
                    counts = outbox.Counts();
                    activityIds = store.Get<IProcessedActivityRepository>().Count();
                }
                var bytes = Bytes(path);
                var previous = sizes.Count > 0 ? sizes[^1] : (Turns: 0, Bytes: 0L);
                sizes.Add((i, bytes));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"turns={i} day={(time.GetUtcNow() - Start).TotalDays:F0} bytes={bytes} bytes_per_1k_turns={(bytes - previous.Bytes) * 1000.0 / (i - previous.Turns):F0} outbox_rows={counts!.Pending + counts.Sending + counts.Sent + counts.Failed} activity_ids={activityIds}"));
            }
            var last = sizes[^1];
            var earlier = sizes.Count >= 3 ? sizes[^3] : sizes[0];
            var window = Math.Max(1, last.Turns - earlier.Turns);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"store bytes_per_1k_turns={(last.Bytes - earlier.Bytes) * 1000.0 / window:F0} (turns {earlier.Turns}-{last.Turns}) total_bytes={last.Bytes} turns={turns} turns_per_day={perDay} retention_days={storage.RetentionDays} prune={(prune ? "on" : "off")}"));
            return 0;
        }
        finally
        {
            foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileNameWithoutExtension(path) + "*")) File.Delete(f);
        }
    }

    private static void SendAll(ChatBot.Bot.Outbox.Outbox outbox, List<string> keys)
    {
        var messages = keys.Select(k => outbox.Find(k)!).ToList();
        outbox.MarkSending(messages);
        foreach (var m in messages) outbox.MarkSent(m, "act-" + m.Id);
        keys.Clear();
    }

    /// <summary>The data file and LiteDB's log file together (the log is empty after the checkpoint at close).</summary>
    private static long Bytes(string path) =>
        Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "*.db").Sum(f => new FileInfo(f).Length);

    private static int? IntOption(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
}
