using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace ChatBot.Bench.Fanout;

/// <summary>
/// fanout [--messages 5000] [--kill-at N]: one message to each of N distinct conversations through
/// a fake Teams connector on loopback. With --kill-at, the sender runs as a child process on a
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
        if (args.Contains("--sender"))
            return await FanoutSender.RunAsync(Option(args, "--db")!, Option(args, "--url")!, messages);

        var killAt = IntOption(args, "--kill-at");
        var db = Path.Combine(Path.GetTempPath(), $"fanout-{Guid.NewGuid():N}.db");
        await using var fake = await FakeTeamsConnector.StartAsync();
        fake.HonoursClientIds = !args.Contains("--teams-strict");
        var clock = Stopwatch.StartNew();
        var runs = 0;
        if (killAt is null)
        {
            await FanoutSender.RunAsync(db, fake.ServiceUrl, messages);
            runs = 1;
        }
        else
        {
            using (var first = StartSender(db, fake.ServiceUrl, messages))
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
            using var second = StartSender(db, fake.ServiceUrl, messages);
            runs++;
            await second.WaitForExitAsync();
        }
        var seconds = clock.Elapsed.TotalSeconds;

        var lost = Enumerable.Range(0, messages).Count(i => !fake.VisibleByKey.ContainsKey(FanoutSender.KeyFor(i)));
        var duplicated = fake.VisibleByKey.Values.Sum(n => n - 1);
        foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileNameWithoutExtension(db) + "*")) File.Delete(f);

        Console.WriteLine($"runs={runs} http502={fake.Http502} repeats_answered_with_first={fake.RepeatsAnsweredWithFirst}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fanout messages={messages} seconds={seconds:F1} msgs_per_s={messages / seconds:F1} ceiling_per_s={FakeTeamsConnector.TenantCeiling} lost={lost} duplicated={duplicated} http429={fake.Http429}"));
        return lost == 0 && duplicated == 0 ? 0 : 1;
    }

    /// <summary>Re-launches this benchmark as the sender child (apphost, or `dotnet bench.dll`).</summary>
    private static Process StartSender(string db, string url, int messages)
    {
        var host = Environment.ProcessPath!;
        var info = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") info.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var a in new[] { "fanout", "--sender", "--db", db, "--url", url, "--messages", messages.ToString(CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(a);
        return Process.Start(info) ?? throw new InvalidOperationException("could not start the sender");
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static int? IntOption(string[] args, string name) =>
        Option(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
}
