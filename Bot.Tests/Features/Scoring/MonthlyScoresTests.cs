using System.Text.Json;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Scoring;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Storage.LiteDb;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests.Features.Scoring;

/// <summary>The month's figures and the score, from items, the audit trail and relay confirmations in a real LiteDB file.</summary>
public sealed class MonthlyScoresTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly LiteDbStore _store;
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateOnly Today = new(2026, 11, 27);

    public MonthlyScoresTests()
    {
        _store = new LiteDbStore(_dir.File("scores.db"));
        _store.Write(s => s.Roster.AddUnits([
            new Unit { Id = "eng", Name = "市政工程处" }, new Unit { Id = "san", Name = "市环卫处" }, new Unit { Id = "law", Name = "政策法规科" }]));
        ScoringWorld.Seed(_store, "eng", "san", "office");
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void Each_units_figures_follow_from_the_items_the_audit_trail_and_the_relay_records()
    {
        var sheet = MonthlyScores.Compute(_store, new ScoringOptions(), 2026, 11, Today, Zone);
        Assert.Equal(Today, sheet.AsOf);
        Assert.Equal(["市环卫处", "市政工程处", "政策法规科"], sheet.Units.Select(u => u.UnitName));

        var eng = sheet.Units.Single(u => u.UnitId == "eng");
        Assert.Equal((4, 1, 1, 1), (eng.Due, eng.OnTime, eng.Late, eng.OverdueNow));
        Assert.Equal([103], eng.OverdueNumbers);
        // #102 three days late when checked off, #103 seven days overdue today.
        Assert.Equal(5.0, eng.AverageDaysLate);
        Assert.Equal((1, 0), (eng.RelayDue, eng.RelayOnTime));
        Assert.Equal(ScoringWorld.MeetingTitle, Assert.Single(eng.RelayNotHeld).MeetingTitle);
        Assert.Equal(0.25, eng.OnTimeRate);
        // 100 × (0.7 × 0.25 + 0.3 × 0) − 2 × 1 − 0.5 × 5 = 13
        Assert.Equal(13.0, eng.Score);

        var san = sheet.Units.Single(u => u.UnitId == "san");
        Assert.Equal((1, 1, 0, 0, 1, 1, 1), (san.Due, san.OnTime, san.Late, san.OverdueNow, san.RelayDue, san.RelayOnTime, san.ExtensionRequests));
        Assert.Equal(100.0, san.Score);

        var law = sheet.Units.Single(u => u.UnitId == "law");
        Assert.Equal((0, null, 100.0), (law.Due, law.OnTimeRate, law.Score));
    }

    [Fact]
    public void A_past_month_is_counted_as_it_stood_on_its_last_day()
    {
        // October: nothing was due; the check-offs of November do not count there.
        var october = MonthlyScores.Compute(_store, new ScoringOptions(), 2026, 10, Today, Zone);
        Assert.Equal(new DateOnly(2026, 10, 31), october.AsOf);
        Assert.All(october.Units, u => Assert.Equal((0, 0, 0, 0), (u.Due, u.OnTime, u.OverdueNow, u.ExtensionRequests)));
        // Seen from December, November keeps #103 overdue on the 30th even once it is checked off later.
        _store.Write(s => s.Audit.Append("assignment", "s103", "checkOffApprove", "CheckOffRequested", "Closed", "office", new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero), null));
        _store.Write(s => { var a = s.Items.Get("s103")!; a.Status = AssignmentStatus.Closed; s.Items.Update(a); });
        var november = MonthlyScores.Compute(_store, new ScoringOptions(), 2026, 11, new DateOnly(2026, 12, 3), Zone);
        var eng = november.Units.Single(u => u.UnitId == "eng");
        Assert.Equal(new DateOnly(2026, 11, 30), november.AsOf);
        // #104 (due the 28th, still open) was overdue on the 30th too.
        Assert.Equal([103, 104], eng.OverdueNumbers);
        Assert.Equal((4, 1, 1), (eng.Due, eng.OnTime, eng.Late));
    }

    [Fact]
    public void The_same_data_gives_the_same_figures()
    {
        var a = JsonSerializer.Serialize(MonthlyScores.Compute(_store, new ScoringOptions(), 2026, 11, Today, Zone));
        var b = JsonSerializer.Serialize(MonthlyScores.Compute(_store, new ScoringOptions(), 2026, 11, Today, Zone));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Weights_change_the_score_as_the_formula_says()
    {
        var heavy = new ScoringOptions { OnTimeWeight = 1, RelayWeight = 0, OverduePenalty = 10, LateDayPenalty = 0, ExtensionPenalty = 5 };
        heavy.Validate();
        var sheet = MonthlyScores.Compute(_store, heavy, 2026, 11, Today, Zone);
        Assert.Equal(15.0, sheet.Units.Single(u => u.UnitId == "eng").Score); // 100 × 0.25 − 10 × 1
        Assert.Equal(95.0, sheet.Units.Single(u => u.UnitId == "san").Score); // 100 × 1 − 5 × 1
    }

    [Theory]
    [InlineData(0.9, 0.3, 2, "Scoring:OnTimeWeight and Scoring:RelayWeight must add up to 1")]
    [InlineData(0.7, 0.3, -1, "Scoring:OverduePenalty")]
    [InlineData(0.7, 0.3, double.NaN, "Scoring:OverduePenalty")]
    public void Bad_weights_stop_the_start_naming_the_key(double onTime, double relay, double overdue, string expected)
    {
        var e = Assert.Throws<InvalidOperationException>(() => new ScoringOptions { OnTimeWeight = onTime, RelayWeight = relay, OverduePenalty = overdue }.Validate());
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public async Task The_bot_refuses_bad_weights_and_bulletin_settings_at_start()
    {
        foreach (var (setting, key) in new[] { ("--Scoring:RelayWeight=0.5", "Scoring:OnTimeWeight and Scoring:RelayWeight"), ("--Bulletin:DraftHours=0", "Bulletin:DraftHours") })
        {
            using var dir = new TempDir();
            await using var app = ChatBot.Bot.BotApp.Build(["--urls", "http://127.0.0.1:0", $"--Storage:Path={dir.File("bad.db")}", "--Reminders:Enabled=false", setting],
                b => b.Logging.ClearProviders());
            var e = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());
            Assert.Contains(key, e.ToString());
        }
    }
}
