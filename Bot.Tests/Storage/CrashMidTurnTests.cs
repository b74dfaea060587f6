using System.Diagnostics;
using System.Text.Json.Nodes;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake.Review;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage;
using Xunit.Abstractions;
using ChatBot.Dialogs.Features.Intake;

namespace ChatBot.Bot.Tests.Storage;

/// <summary>
/// The bot as a child process, killed with SIGKILL in the middle of work: a dispatch is stored with
/// every notice or not at all, and a turn cut off by the crash runs again when Teams resends it.
/// </summary>
public class CrashMidTurnTests(ITestOutputHelper output)
{
    private const string Channel = "19:office-crash@thread.tacv2";
    private const int KillRuns = 16;

    private const string Minutes = """
        局务会议纪要
        2026年11月24日上午，局长主持召开局务会议，听取各科室近期工作汇报，研究部署下阶段重点任务。会议强调，各单位要认真贯彻会议精神，压实工作责任，确保任务按时完成。会议议定事项如下。
        一、市政工程处要在12月10日前完成城东排水管网改造项目的验收准备工作。
        二、局人事科要在12月20日前完成年度考核工作方案的起草并报局党组审定。
        三、市环卫处负责在12月18日前完成冬季道路保洁应急预案的修订。
        会议要求，各责任单位要加强协调配合，每周报送工作进展，局办公室负责跟踪督办。
        """;

    private static JsonObject ChannelMessage(string serviceUrl, Member who, string id, string text)
    {
        var a = Activities.Message(serviceUrl, $"29:{who.Id}", text, "zh-CN", who.AadObjectId, Channel, "channel");
        a["id"] = id;
        return a;
    }

    private static IEnumerable<JsonObject> Buttons(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Submit" => [o],
        JsonObject o => o.SelectMany(p => Buttons(p.Value)),
        JsonArray a => a.SelectMany(Buttons),
        _ => [],
    };

    /// <summary>Seeds the sample roster into a new store (as the bot does at start) and returns one of its members.</summary>
    private static Member Seeded(string storePath, Func<Member, bool> which)
    {
        using var store = new LiteDbStore(storePath);
        ChatBot.Bot.Hosting.StoreSetup.SeedRoster(store, new ChatBot.Bot.Hosting.RosterOptions(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        return store.Roster.Members().First(which);
    }

    /// <summary>What a killed dispatch left behind: the meeting (or none), its 1:1 dispatch notices and the channel's status card.</summary>
    private static (bool Meeting, int Notices, int StatusCards) Inspect(string storePath, string meetingId)
    {
        using var store = new LiteDbStore(storePath);
        var outbox = store.Lite().Collection<OutboxMessage>("outbox").FindAll().ToList();
        return (store.Meetings.Get(meetingId) is not null,
            outbox.Count(m => m.Id.StartsWith($"dispatch:{meetingId}:", StringComparison.Ordinal)),
            outbox.Count(m => m.Id == $"status:{meetingId}:dispatch"));
    }

    [Fact]
    public async Task A_bot_killed_mid_dispatch_leaves_no_meeting_or_the_meeting_with_every_notice_queued()
    {
        using var dir = new TempDir();
        await using var connector = await FakeConnector.StartAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        // The office pastes the minutes in its channel and gets the review card; that store is the starting point of every run.
        var template = dir.File("review.db");
        var office = Seeded(template, m => m.Id == "m007");
        JsonObject confirm;
        await using (var bot = await ChildBot.StartAsync(template))
        {
            (await http.PostAsync(bot.BaseUrl, ChannelMessage(connector.ServiceUrl, office, "minutes-1", Minutes))).EnsureSuccessStatusCode();
            var until = Environment.TickCount64 + 20_000;
            JsonObject? found = null;
            while (found is null && Environment.TickCount64 < until)
            {
                found = connector.SentActivities().SelectMany(Buttons).FirstOrDefault(b => b["data"]?["verb"]?.GetValue<string>() == IntakeCapability.Confirm)?["data"]?.AsObject();
                if (found is null) await Task.Delay(50);
            }
            confirm = found ?? throw new InvalidOperationException("no review card with a confirm button");
        }
        var meetingId = confirm["draftId"]!.GetValue<string>();

        var clickMs = 0L;
        async Task<(bool, int, int)> RunAsync(int run, int? killAfterMs)
        {
            var path = dir.File($"run-{run}.db");
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(template)!, "review*"))
                if (!file.EndsWith(".lock", StringComparison.Ordinal))
                    File.Copy(file, Path.Combine(Path.GetDirectoryName(file)!, Path.GetFileName(file).Replace("review", $"run-{run}")));
            await using var bot = await ChildBot.StartAsync(path);
            var click = ChannelMessage(connector.ServiceUrl, office, $"confirm-{run}", "");
            click.Remove("text");
            click["value"] = confirm.DeepClone();
            var watch = Stopwatch.StartNew();
            var posting = http.PostAsync(bot.BaseUrl, click);
            if (killAfterMs is { } ms)
            {
                await Task.Delay(ms);
                await bot.KillAsync();
                try { await posting; } catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            }
            else
            {
                (await posting).EnsureSuccessStatusCode();
                clickMs = watch.ElapsedMilliseconds;
                await bot.KillAsync();
            }
            return Inspect(path, meetingId);
        }

        // A run that is not interrupted tells how many notices a whole dispatch queues, and how long the click takes.
        var (complete, expectedNotices, expectedStatus) = await RunAsync(0, null);
        var reference = (int)clickMs;
        Assert.True(complete);
        Assert.True(expectedNotices > 0);
        Assert.Equal(1, expectedStatus);

        var random = new Random(20261202);
        int nothing = 0, whole = 0, half = 0;
        for (var run = 1; run <= KillRuns; run++)
        {
            // Kill at a moment spread over the click's own duration: before, during or after the dispatch commits.
            var (meeting, notices, status) = await RunAsync(run, random.Next(0, Math.Max(50, reference)));
            if (!meeting && notices == 0 && status == 0) nothing++;
            else if (meeting && notices == expectedNotices && status == 1) whole++;
            else
            {
                half++;
                output.WriteLine($"run {run}: meeting={meeting} notices={notices}/{expectedNotices} status={status}");
            }
        }
        output.WriteLine($"crash runs={KillRuns} nothing={nothing} whole={whole} half={half} (a whole dispatch queues {expectedNotices} notices + 1 status card; click took {reference} ms)");
        Assert.Equal(0, half);
    }

    [Fact]
    public async Task A_turn_cut_off_by_a_crash_runs_again_when_Teams_resends_it_after_the_restart()
    {
        using var dir = new TempDir();
        var path = dir.File("redelivery.db");
        await using var connector = await FakeConnector.StartAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var member = Seeded(path, m => !m.IsOffice && m.AadObjectId is not null && m.Email is not null);
        // A roster member writes for the first time from a Teams account the bot does not know yet: the
        // bot asks Teams who it is, and the process dies while Teams has not answered.
        var lookupStarted = new TaskCompletionSource();
        var teamsAnswers = new TaskCompletionSource();
        connector.Before = async call =>
        {
            if (call.Method != "GET" || !call.Path.Contains("/members/", StringComparison.Ordinal)) return;
            lookupStarted.TrySetResult();
            await teamsAnswers.Task;
        };
        var activity = Activities.Message(connector.ServiceUrl, "29:first-time", "帮助");
        activity["id"] = "cut-off-1";

        await using (var bot = await ChildBot.StartAsync(path))
        {
            connector.Members = [new JsonObject { ["id"] = "29:first-time", ["name"] = member.Name, ["aadObjectId"] = member.AadObjectId, ["email"] = member.Email }];
            var posting = http.PostAsync(bot.BaseUrl, activity);
            await lookupStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await bot.KillAsync();
            try { await posting; } catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
        }
        Assert.Empty(connector.SentActivities());
        teamsAnswers.SetResult();

        // Teams resends the same activity to the restarted bot: the turn runs and the reply reaches the user.
        await using (var bot = await ChildBot.StartAsync(path))
        {
            (await http.PostAsync(bot.BaseUrl, activity)).EnsureSuccessStatusCode();
            var reply = (await connector.WaitForActivitiesAsync(1, 20_000)).Single(a => a["replyToId"]?.GetValue<string>() == "cut-off-1");
            Assert.Contains("督办助手能为您做什么", Activities.CardText(reply));

            // Once handled, a further redelivery has no effect.
            (await http.PostAsync(bot.BaseUrl, activity)).EnsureSuccessStatusCode();
            await Task.Delay(500);
            Assert.Single(connector.SentActivities(), a => a["replyToId"]?.GetValue<string>() == "cut-off-1");
        }
        using (var store = new LiteDbStore(path))
            Assert.Equal("29:first-time", store.Roster.Member(member.Id).ChannelUserId);
        output.WriteLine("redelivery after kill -9: the turn ran again and its reply was delivered once");
    }
}
