using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using ChatBot.TestKit;

namespace ChatBot.Bench.Fanout;

/// <summary>
/// fanout [--messages 5000] [--new-members 1000] [--channel-updates 120] [--update-every-ms 250] [--kill-at N]: one
/// message to each of N distinct conversations through the shared fake connector (TestKit, throttling like Teams:
/// 50/s per tenant, 7/1 s and 60/30 s per conversation, 429 + Retry-After; 2 % of calls 502) on loopback; first
/// messages to members with no 1:1 chat yet (the chat is created, then the message posted); and a status card in one
/// channel posted once and updated as units respond, one response every --update-every-ms: the bot replaces a queued
/// update with the newer one, so the channel gets fewer PUTs than responses and always the latest state.
/// With --kill-at, the sender runs as a child process on a LiteDB file; it is killed after N messages were accepted
/// and started again.
/// --teams-strict: the fake ignores client activity ids, as Teams does (shows the residual risk).
/// --store postgres [--replicas N]: the senders are N child processes on one database of a throwaway PostgreSQL
/// cluster, each a replica (Bot/Replicas): one holds the sender lease and sends, the others stand by; with
/// --kill-at the sender holding the lease is killed and a standby takes over (nobody is restarted).
/// Hidden: fanout --sender --db PATH --url URL --messages N [--store K --replica-id ID] (the child).
/// </summary>
internal static class FanoutCommand
{
    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var messages = IntOption(args, "--messages") ?? 5000;
        var newMembers = IntOption(args, "--new-members") ?? 1000;
        var channelUpdates = IntOption(args, "--channel-updates") ?? 120;
        var updateEveryMs = IntOption(args, "--update-every-ms") ?? 250;
        var storeKind = BenchStore.KindIn(args);
        if (args.Contains("--sender"))
            return await FanoutSender.RunAsync(Option(args, "--db")!, Option(args, "--url")!, messages, newMembers, channelUpdates, updateEveryMs,
                storeKind, Option(args, "--replica-id"));

        var killAt = IntOption(args, "--kill-at");
        var replicas = storeKind == "postgres" ? IntOption(args, "--replicas") ?? 1 : 1;
        using var postgres = storeKind == "postgres" ? BenchStore.Create(storeKind) : null;
        var db = postgres?.Location ?? Path.Combine(Path.GetTempPath(), $"fanout-{Guid.NewGuid():N}.db");
        await using var fake = await FakeConnector.StartAsync();
        fake.ThrottleLikeTeams = true;
        fake.TransientFailureRate = 0.02;
        fake.HonoursClientIds = !args.Contains("--teams-strict");
        var clock = Stopwatch.StartNew();
        var fakeStarted = DateTimeOffset.UtcNow;
        var runs = 0;
        if (postgres is not null)
        {
            var children = Enumerable.Range(1, replicas)
                .Select(r => StartSender(db, fake.ServiceUrl, messages, newMembers, r == 1 ? channelUpdates : 0, updateEveryMs, storeKind, $"r{r}")).ToList();
            runs = replicas;
            if (killAt is not null)
                fake.Accepted = n =>
                {
                    if (n != killAt) return;
                    // The replica holding the sender lease is the one sending: kill it.
                    var holder = SenderLeaseHolder(db);
                    var index = holder is { } h && int.TryParse(h.Split('/')[0].TrimStart('r'), out var r) ? r - 1 : 0;
                    children[index].Kill(entireProcessTree: true);
                };
            foreach (var child in children) await child.WaitForExitAsync();
            fake.Accepted = null;
            foreach (var child in children) child.Dispose();
        }
        else if (killAt is null)
        {
            await FanoutSender.RunAsync(db, fake.ServiceUrl, messages, newMembers, channelUpdates, updateEveryMs);
            runs = 1;
        }
        else
        {
            using (var first = StartSender(db, fake.ServiceUrl, messages, newMembers, channelUpdates, updateEveryMs))
            {
                runs++;
                // Killed from inside the fake's handler: message N is delivered and its answer never
                // reaches the sender — the crash between "sent" and "marked", with others in flight.
                fake.Accepted = n =>
                {
                    if (n == killAt) first.Kill(entireProcessTree: true);
                };
                await first.WaitForExitAsync();
                fake.Accepted = null;
                Console.Error.WriteLine($"killed the sender after {fake.Visible().Count} accepted messages");
            }
            using var second = StartSender(db, fake.ServiceUrl, messages, newMembers, channelUpdates, updateEveryMs);
            runs++;
            await second.WaitForExitAsync();
        }
        var seconds = clock.Elapsed.TotalSeconds;

        // Each message is tied to its key by the last word of its text, so a repeat under a new id is still caught.
        static string KeyOf(FakeConnector.Call c) => c.Body?["text"]?.GetValue<string>()?.Split(' ').Last() ?? "?";
        var calls = fake.Calls.ToList();
        var posted = fake.Visible().GroupBy(KeyOf).ToDictionary(g => g.Key, g => g.Count());
        var puts = calls.Where(c => c.Method == "PUT" && c.IsActivity && c.Delivered).ToList();
        var shown = posted.Keys.Concat(puts.Select(KeyOf)).ToHashSet();
        // The status card must show its first post and its final state; the steps between may be collapsed.
        var lost = Enumerable.Range(0, messages).Count(i => !shown.Contains(FanoutSender.KeyFor(i)))
            + Enumerable.Range(0, newMembers).Count(i => !shown.Contains(FanoutSender.NewMemberKeyFor(i)))
            + (channelUpdates > 0 ? new[] { 0, channelUpdates }.Count(i => !shown.Contains(FanoutSender.StatusKeyFor(i))) : 0);
        // Posts only: a repeated PUT replaces the card with the same content and shows nothing twice.
        var duplicated = posted.Sum(k => k.Value - 1);
        var creates = calls.Where(c => c.IsCreateConversation && c.Delivered).ToList();
        var created = creates.Select(c => c.AnsweredId).Distinct().Count();
        var channelPuts = puts.Where(c => c.ConversationId == FanoutSender.Channel).ToList();
        var channel = (Count: channelPuts.Count,
            First: channelPuts.Count > 0 ? (channelPuts.Min(c => c.At) - fakeStarted).TotalSeconds : 0,
            Last: channelPuts.Count > 0 ? (channelPuts.Max(c => c.At) - fakeStarted).TotalSeconds : 0);
        var http429 = calls.Count(c => c.Status == 429);
        var http502 = calls.Count(c => c.Status == 502);
        var repeats = calls.Count(c => c.Repeat);
        if (postgres is null)
            foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileNameWithoutExtension(db) + "*")) File.Delete(f);
        var where = $"store={storeKind} replicas={replicas}";

        var total = messages + newMembers + channelUpdates + (channelUpdates > 0 ? 1 : 0);
        Console.WriteLine($"runs={runs} http502={http502} repeats_answered_with_first={repeats}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fanout messages={total} seconds={seconds:F1} msgs_per_s={total / seconds:F1} ceiling_per_s={FakeConnector.TenantCeiling} lost={lost} duplicated={duplicated} http429={http429} {where}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fanout new_members={newMembers} conversations_created={created} create_calls={creates.Count} {where}"));
        var final = channelPuts.Count > 0 && KeyOf(channelPuts.MaxBy(c => c.At)!) == FanoutSender.StatusKeyFor(channelUpdates);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fanout channel_updates={channelUpdates} applied_puts={channel.Count} collapsed={channelUpdates - channel.Count} final_state_shown={(final ? "yes" : "no")} channel_seconds={channel.Last - channel.First:F1} updates_per_s={(channel.Count > 1 ? (channel.Count - 1) / (channel.Last - channel.First) : 0):F2} (Teams allows 60/30 s = 2/s per conversation) {where}"));
        return lost == 0 && duplicated == 0 && (channelUpdates == 0 || final) ? 0 : 1;
    }

    /// <summary>Re-launches this benchmark as the sender child (apphost, or `dotnet bench.dll`).</summary>
    private static Process StartSender(string db, string url, int messages, int newMembers, int channelUpdates, int updateEveryMs,
        string storeKind = "litedb", string? replicaId = null)
    {
        var host = Environment.ProcessPath!;
        var info = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") info.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var a in new[] { "fanout", "--sender", "--db", db, "--url", url, "--messages", messages.ToString(CultureInfo.InvariantCulture),
                     "--new-members", newMembers.ToString(CultureInfo.InvariantCulture), "--channel-updates", channelUpdates.ToString(CultureInfo.InvariantCulture),
                     "--update-every-ms", updateEveryMs.ToString(CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(a);
        foreach (var a in replicaId is null ? [] : new[] { "--store", storeKind, "--replica-id", replicaId }) info.ArgumentList.Add(a);
        return Process.Start(info) ?? throw new InvalidOperationException("could not start the sender");
    }

    private static string? SenderLeaseHolder(string connectionString)
    {
        using var store = BenchStore.Open("postgres", connectionString);
        return store.Get<ChatBot.Bot.Storage.ILeases>().Current(ChatBot.Bot.Replicas.Leadership.Outbox)?.Holder;
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static int? IntOption(string[] args, string name) =>
        Option(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
}
