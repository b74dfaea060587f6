using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using ChatBot.Bot.Storage;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Storage.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests.EndToEnd;

/// <summary>
/// The real bot over HTTP with <c>Storage:Provider=PostgreSql</c>: the sample roster seeded into the
/// database, a member's loop (help, 我的待办, a progress report), /healthz, and a restart that finds it all.
/// The connection string (with a password) never reaches the log.
/// </summary>
public sealed class PostgreSqlBotTests
{
    private const string Password = "s3cret-never-logged";

    [SkippableFact]
    public async Task The_bot_runs_a_loop_on_PostgreSql_and_finds_it_all_after_a_restart()
    {
        var database = PostgreSql.NewDatabase("bot") + $";Password={Password}";
        var logs = new LogCapture();
        await using var f = await BotFixture.StartAsync(
            new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSql", ["Storage:ConnectionString"] = database },
            services => services.AddSingleton<ILoggerProvider>(logs));
        Assert.IsType<PostgreSqlStore>(f.Store);
        var unit = f.Store.Roster.UnitNamed("市政工程处")!;
        var head = f.Member(m => m.HasRole(unit.Id, UnitRole.Head));
        f.Store.Write(s =>
        {
            var number = s.Sequences.Next("assignment");
            s.Items.Add(new Assignment
            {
                Id = "a-pg", Number = number, DirectiveId = "d1", MeetingId = "mt1", UnitId = unit.Id, Task = "凤凰山隧道二三期工程抢抓进度",
                Due = new DateOnly(2026, 12, 10), Status = AssignmentStatus.SignedFor, CreatedAt = BotFixture.Now, UpdatedAt = BotFixture.Now,
            });
        });
        var number = f.Store.Items.Get("a-pg")!.Number;

        var help = await SayAndWaitAsync(f, head, "帮助");
        Assert.Contains("我的待办", help);
        var items = await SayAndWaitAsync(f, head, "我的待办");
        Assert.Contains("凤凰山隧道", items);
        var reported = await SayAndWaitAsync(f, head, $"第{number}条 进展：已完成招标，完成30%");
        Assert.Contains($"第{number}条", reported);
        Assert.StartsWith("已完成招标", Assert.Single(f.Store.Items.ReportsOf("a-pg")).Text);
        Assert.Equal(AssignmentStatus.InProgress, f.Store.Items.Get("a-pg")!.Status);
        Assert.NotEmpty(f.Store.Audit.For("a-pg"));

        var health = await f.Http.GetAsync(f.Bot.BaseUrl + "/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("reachable", JsonNode.Parse(await health.Content.ReadAsStringAsync())!["store"]!.GetValue<string>());

        await f.RestartAsync();
        Assert.IsType<PostgreSqlStore>(f.Store);
        Assert.Single(f.Store.Items.ReportsOf("a-pg"));
        Assert.Equal(30, f.Store.Items.Get("a-pg")!.Percent);
        // Every activity passed the dedupe window, whose records are in the database too.
        Assert.True(f.Store.Get<IProcessedActivityRepository>().Count() >= 3);
        var after = await SayAndWaitAsync(f, head, "我的待办");
        Assert.Contains("凤凰山隧道", after);
        Assert.Contains("30%", after);

        var logged = logs.Text();
        Assert.Contains("postgresql://127.0.0.1:", logged);
        Assert.DoesNotContain(Password, logged);
    }

    private static async Task<string> SayAndWaitAsync(BotFixture f, Member member, string text)
    {
        var before = f.Connector.SentActivities().Count;
        var response = await f.SayAsync(member, text);
        Assert.True(response.IsSuccessStatusCode, $"{text}: {response.StatusCode}");
        var sent = await f.Connector.WaitForActivitiesAsync(before + 1);
        Assert.True(sent.Count > before, $"no answer to '{text}'");
        return string.Join("\n", sent.Skip(before).Select(a => a["text"]?.GetValue<string>() ?? Activities.CardText(a) ?? ""));
    }

    private sealed class LogCapture : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();
        public string Text() => string.Join("\n", _lines);
        public ILogger CreateLogger(string categoryName) => new Logger(_lines);
        public void Dispose() { }

        private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
        }
    }
}
