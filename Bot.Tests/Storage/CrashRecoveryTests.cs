using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Storage;
using Xunit.Abstractions;

namespace ChatBot.Bot.Tests.Storage;

/// <summary>
/// Runs the real bot as a child process, has it write conversation references as fast as it can,
/// kills it with SIGKILL mid-run, and checks that every write it acknowledged is readable on reopen.
/// </summary>
public class CrashRecoveryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_process_killed_mid_run_leaves_every_committed_record_readable()
    {
        using var dir = new TempDir();
        var storePath = dir.File("crash.db");
        var port = FreePort();
        var botDll = Path.Combine(AppContext.BaseDirectory, "ChatBot.Bot.dll");
        var psi = new ProcessStartInfo("dotnet", [botDll, "--urls", $"http://127.0.0.1:{port}", $"--Storage:Path={storePath}", "--Logging:LogLevel:Default=Warning"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        using var child = Process.Start(psi)!;
        child.OutputDataReceived += (_, _) => { };
        child.ErrorDataReceived += (_, _) => { };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        var botUrl = $"http://127.0.0.1:{port}";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await WaitUntilHealthyAsync(http, botUrl);

        // Conversation updates make the bot store one reference each; 200 means committed.
        var acknowledged = new List<string>();
        var killAfter = 150;
        var writers = Enumerable.Range(0, 4).Select(async w =>
        {
            for (var i = 0; ; i++)
            {
                var conversationId = $"c-{w}-{i}";
                var activity = Activities.Message("http://127.0.0.1:9", $"29:user-{w}-{i}", "hi", conversationId: conversationId, conversationType: "channel");
                activity["type"] = "conversationUpdate";
                try
                {
                    using var response = await http.PostAsync(botUrl, activity);
                    if (response.StatusCode != HttpStatusCode.OK) return;
                    lock (acknowledged)
                    {
                        acknowledged.Add(conversationId);
                        if (acknowledged.Count == killAfter) child.Kill(entireProcessTree: true);
                    }
                }
                catch (HttpRequestException) { return; }
                catch (TaskCanceledException) { return; }
            }
        }).ToArray();
        await Task.WhenAll(writers);
        await child.WaitForExitAsync();
        Assert.True(acknowledged.Count >= killAfter);

        using var store = new TaskStore(storePath);
        var stored = store.Addresses.FindAll().Select(a => a.ConversationId).ToHashSet();
        output.WriteLine($"acknowledged={acknowledged.Count} stored={stored.Count}");
        Assert.All(acknowledged, id => Assert.Contains(id, stored));
        Assert.True(store.Units.Count() > 0, "the roster seeded before the crash is intact");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilHealthyAsync(HttpClient http, string url)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var r = await http.GetAsync(url + "/healthz");
                if (r.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("the bot did not become healthy");
    }
}
