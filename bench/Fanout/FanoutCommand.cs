using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace ChatBot.Bench.Fanout;

/// <summary>
/// fanout [--messages 5000] [--new-members 1000] [--channel-updates 120] [--kill-at N]: one message to each
/// of N distinct conversations through a fake Teams connector on loopback; first messages to members with no
/// 1:1 chat yet (the chat is created, then the message posted); and a status card in one channel posted once
/// and updated in place many times (PUT, under the conversation's 7/1 s and 60/30 s). With --kill-at, the sender runs as a child process on a
/// LiteDB file; it is killed after N messages were accepted and started again.
/// --teams-strict: the fake ignores client activity ids, as Teams does (shows the residual risk).
/// Hidden: fanout --sender --db PATH --url URL --messages N (the child).
/// </summary>
internal static class FanoutCommand
{
    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var messages = IntOption(args, "--messages") ?? 5000;
        var newMembers = IntOption(args, "--new-members") ?? 1000;
        var channelUpdates = IntOption(args, "--channel-updates") ?? 120;
        if (args.Contains("--sender"))
            return await FanoutSender.RunAsync(Option(args, "--db")!, Option(args, "--url")!, messages, newMembers, channelUpdates);

        var killAt = IntOption(args, "--kill-at");
        var db = Path.Combine(Path.GetTempPath(), $"fanout-{Guid.NewGuid():N}.db");
        await using var fake = await FakeTeamsConnector.StartAsync();
        fake.HonoursClientIds = !args.Contains("--teams-strict");
        var clock = Stopwatch.StartNew();
        var runs = 0;
        if (killAt is null)
        {
            await FanoutSender.RunAsync(db, fake.ServiceUrl, messages, newMembers, channelUpdates);
            runs = 1;
        }
        else
        {
            using (var first = StartSender(db, fake.ServiceUrl, messages, newMembers, channelUpdates))
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
                Console.Error.WriteLine($"killed the sender after {fake.Visible} accepted messages");
            }
            using var second = StartSender(db, fake.ServiceUrl, messages, newMembers, channelUpdates);
            runs++;
            await second.WaitForExitAsync();
        }
        var seconds = clock.Elapsed.TotalSeconds;

        var lost = Enumerable.Range(0, messages).Count(i => !fake.VisibleByKey.ContainsKey(FanoutSender.KeyFor(i)))
            + Enumerable.Range(0, newMembers).Count(i => !fake.VisibleByKey.ContainsKey(FanoutSender.NewMemberKeyFor(i)))
            + Enumerable.Range(0, channelUpdates + (channelUpdates > 0 ? 1 : 0)).Count(i => !fake.VisibleByKey.ContainsKey(FanoutSender.StatusKeyFor(i)));
        // Posts only: a repeated PUT replaces the card with the same content and shows nothing twice.
        var duplicated = fake.VisibleByKey.Where(k => !k.Key.StartsWith("status:", StringComparison.Ordinal)).Sum(k => k.Value - 1);
        var created = fake.CreatesByMember.Count;
        var createCalls = fake.CreatesByMember.Values.Sum();
        var channel = fake.UpdatesByConversation.GetValueOrDefault(FanoutSender.Channel);
        foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileNameWithoutExtension(db) + "*")) File.Delete(f);

        var total = messages + newMembers + channelUpdates + (channelUpdates > 0 ? 1 : 0);
        Console.WriteLine($"runs={runs} http502={fake.Http502} repeats_answered_with_first={fake.RepeatsAnsweredWithFirst}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fanout messages={total} seconds={seconds:F1} msgs_per_s={total / seconds:F1} ceiling_per_s={FakeTeamsConnector.TenantCeiling} lost={lost} duplicated={duplicated} http429={fake.Http429}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fanout new_members={newMembers} conversations_created={created} create_calls={createCalls}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fanout channel_updates={channelUpdates} applied_puts={channel.Count} channel_seconds={channel.Last - channel.First:F1} updates_per_s={(channel.Count > 1 ? (channel.Count - 1) / (channel.Last - channel.First) : 0):F2} (Teams allows 60/30 s = 2/s per conversation)"));
        return lost == 0 && duplicated == 0 ? 0 : 1;
    }

    /// <summary>Re-launches this benchmark as the sender child (apphost, or `dotnet bench.dll`).</summary>
    private static Process StartSender(string db, string url, int messages, int newMembers, int channelUpdates)
    {
        var host = Environment.ProcessPath!;
        var info = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") info.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var a in new[] { "fanout", "--sender", "--db", db, "--url", url, "--messages", messages.ToString(CultureInfo.InvariantCulture),
                     "--new-members", newMembers.ToString(CultureInfo.InvariantCulture), "--channel-updates", channelUpdates.ToString(CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(a);
        return Process.Start(info) ?? throw new InvalidOperationException("could not start the sender");
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static int? IntOption(string[] args, string name) =>
        Option(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
}
