using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bot;
using ChatBot.Dialogs.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bench.Turns;

/// <summary>
/// turns [--count 20000] [--warmup 5000] [--activity PATH]: what one 帮助 turn from a roster member costs the
/// process — CPU time and bytes allocated — through the real ASP.NET pipeline of the bot (BotApp, in-process test
/// server: no sockets, so a loaded machine's scheduling and the load generator do not enter the figure). Every
/// activity has a unique id (dedupe writes each one) and deliveryMode expectReplies, as compare.sh sends it.
/// A second line measures the same loop against a fixed-response endpoint in the same host: the harness and
/// ASP.NET floor, so "turn - floor" is what the bot's own code costs.
/// </summary>
internal static class TurnsCommand
{
    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var count = IntOption(args, "--count") ?? 20_000;
        var warmup = IntOption(args, "--warmup") ?? 5_000;
        var dir = Directory.CreateTempSubdirectory("turns-bench-").FullName;
        try
        {
            var app = BotApp.Build(
            [
                $"--Storage:Path={Path.Combine(dir, "bot.db")}", "--Reminders:Enabled=false",
                "--Logging:LogLevel:Default=Warning", $"--Roster:SeedPath={SeedPath()}",
            ], builder =>
            {
                builder.WebHost.UseTestServer();
                builder.Logging.ClearProviders();
                builder.Services.AddSingleton<IStartupFilter, LoopbackCaller>();
            });
            await using (app)
            {
                await app.StartAsync();
                var client = app.GetTestClient();
                var template = Template(Option(args, "--activity"), app.Services.GetRequiredService<IStore>());

                var turn = await MeasureAsync(client, "/api/messages", i => Body(template, i), count, warmup, check: true);
                var floor = await MeasureAsync(client, LoopbackCaller.FloorPath, i => Body(template, -i - 1), count, warmup, check: false);
                Console.WriteLine(Line("turns", count, turn));
                Console.WriteLine(Line("turns-floor", count, floor));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"turns own_cpu_ms_per_turn={turn.CpuMs - floor.CpuMs:F4} own_alloc_bytes_per_turn={turn.Alloc - floor.Alloc:F0} server_gc={System.Runtime.GCSettings.IsServerGC} tiered_pgo={Environment.GetEnvironmentVariable("DOTNET_TieredPGO") ?? "default"}"));
                await app.StopAsync();
            }
            return 0;
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private sealed record Figures(double CpuMs, double Alloc, double WallS, int Gen0, int Gen1, int Gen2);

    private static string Line(string name, int count, Figures f) => string.Create(CultureInfo.InvariantCulture,
        $"{name} count={count} cpu_ms_per_turn={f.CpuMs:F4} alloc_bytes_per_turn={f.Alloc:F0} wall_s={f.WallS:F1} gc0={f.Gen0} gc1={f.Gen1} gc2={f.Gen2}");

    private static async Task<Figures> MeasureAsync(HttpClient client, string path, Func<int, byte[]> body, int count, int warmup, bool check)
    {
        for (var i = 0; i < warmup; i++) await PostAsync(client, path, body(i), check && i == 0);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        var (g0, g1, g2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) await PostAsync(client, path, body(warmup + i), check: false);
        wall.Stop();
        var alloc = GC.GetTotalAllocatedBytes(precise: true) - alloc0;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;
        return new Figures(cpu.TotalMilliseconds / count, (double)alloc / count, wall.Elapsed.TotalSeconds,
            GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2);
    }

    private static async Task PostAsync(HttpClient client, string path, byte[] body, bool check)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {text}");
        // The first turn must be the real help answer for a roster member, not a "who are you".
        if (check && !text.Contains("\"activities\"", StringComparison.Ordinal)) throw new InvalidOperationException("no expectReplies answer: " + text);
        if (check) Console.Error.WriteLine("first answer: " + (text.Length > 300 ? text[..300] + "…" : text));
    }

    /// <summary>The activity with its id made unique: the bytes a channel would send, built outside the measured code.</summary>
    private static byte[] Body(JsonObject template, int i)
    {
        template["id"] = "bench-" + i.ToString(CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetBytes(template.ToJsonString());
    }

    /// <summary>The given activity file, or a Teams-shaped 帮助 from a roster member (a liaison with an Entra id).</summary>
    private static JsonObject Template(string? path, IStore store)
    {
        if (path is not null) return (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;
        var member = store.Roster.Members().First(m => m.AadObjectId is not null && !m.IsOffice);
        const string tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = "bench-0",
            ["timestamp"] = "2026-12-02T08:30:00.000Z",
            ["localTimestamp"] = "2026-12-02T16:30:00.000+08:00",
            ["localTimezone"] = "Asia/Shanghai",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:1bench-" + member.Id, ["name"] = member.Name, ["aadObjectId"] = member.AadObjectId },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = tenant, ["id"] = "a:1bench-" + member.Id },
            ["recipient"] = new JsonObject { ["id"] = "28:0d5c1b0a-3e2f-4a6b-8c7d-9e0f1a2b3c4d", ["name"] = "Bot" },
            ["entities"] = new JsonArray(new JsonObject { ["locale"] = "zh-CN", ["country"] = "CN", ["platform"] = "Windows", ["timezone"] = "Asia/Shanghai", ["type"] = "clientInfo" }),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
            ["locale"] = "zh-CN",
            ["textFormat"] = "plain",
            ["text"] = "帮助",
            ["deliveryMode"] = "expectReplies",
        };
    }

    /// <summary>The repository's seeds/org.json, found upwards from the bench's output folder.</summary>
    private static string SeedPath()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "seeds", "org.json"))) return Path.Combine(d.FullName, "seeds", "org.json");
        throw new FileNotFoundException("seeds/org.json not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// The test server has no socket, so no remote address: the bot (no app id) accepts loopback callers only.
    /// Also maps the fixed-response floor endpoint (a small JSON body, request drained, not parsed).
    /// </summary>
    private sealed class LoopbackCaller : IStartupFilter
    {
        public const string FloorPath = "/bench-floor";
        private static readonly byte[] Fixed = Encoding.UTF8.GetBytes("{\"activities\":[{\"type\":\"message\",\"text\":\"ok\"}]}");

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                if (context.Request.Path != FloorPath) return nextMiddleware(context);
                return FloorAsync(context);
            });
            next(app);
        };

        private static async Task FloorAsync(HttpContext context)
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(Fixed);
        }
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static int? IntOption(string[] args, string name) =>
        Option(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
}
