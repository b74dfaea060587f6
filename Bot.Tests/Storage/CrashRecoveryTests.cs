using System.Net;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage;
using Xunit.Abstractions;

namespace ChatBot.Bot.Tests.Storage;

/// <summary>
/// Runs the real bot as a child process, has it write conversation references as fast as it can,
/// kills it with SIGKILL mid-run, and checks that every write it acknowledged is readable on reopen.
/// </summary>
public class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int KillAfter = 150;

    [Fact]
    public async Task A_process_killed_mid_run_leaves_every_committed_record_readable()
    {
        using var dir = new TempDir();
        var storePath = dir.File("crash.db");
        var child = await ChildBot.StartAsync(storePath);
        await using var _ = child;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };

        // Conversation updates make the bot store one reference each; 200 means committed. A slow or
        // refused request is not counted; the writers stop when the bot is gone or after a bound,
        // so a loaded machine makes the run shorter, never endless.
        var acknowledged = new List<string>();
        var until = Environment.TickCount64 + 120_000;
        var writers = Enumerable.Range(0, 4).Select(async w =>
        {
            for (var i = 0; Environment.TickCount64 < until; i++)
            {
                var conversationId = $"c-{w}-{i}";
                var activity = Activities.Message("http://127.0.0.1:9", $"29:user-{w}-{i}", "hi", conversationId: conversationId, conversationType: "channel");
                activity["type"] = "conversationUpdate";
                try
                {
                    using var response = await http.PostAsync(child.BaseUrl, activity);
                    if (response.StatusCode != HttpStatusCode.OK) continue;
                    lock (acknowledged)
                    {
                        acknowledged.Add(conversationId);
                        if (acknowledged.Count == KillAfter) child.KillNow();
                    }
                }
                catch (HttpRequestException) { if (child.HasExited) return; }
                catch (TaskCanceledException) { if (child.HasExited) return; }
            }
        }).ToArray();
        await Task.WhenAll(writers);
        await child.KillAsync();
        Assert.True(acknowledged.Count >= KillAfter, $"only {acknowledged.Count} writes were acknowledged before the bound");

        using var store = new LiteDbStore(storePath);
        var stored = store.Lite().Addresses.FindAll().Select(a => a.ConversationId).ToHashSet();
        output.WriteLine($"acknowledged={acknowledged.Count} stored={stored.Count}");
        Assert.All(acknowledged, id => Assert.Contains(id, stored));
        Assert.True(store.Roster.UnitCount() > 0, "the roster seeded before the crash is intact");
    }
}
