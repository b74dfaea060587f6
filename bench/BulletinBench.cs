using System.Diagnostics;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Bulletin;
using ChatBot.Dialogs.Features.Scoring;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Understanding.Rules;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Bench;

/// <summary>
/// 本月通报 for 200 units on a year of history: the whole turn (rules, the month's figures from items,
/// the audit trail and relay confirmations, the draft stored, the card built). Prints p50/p99.
/// Usage: bulletin [iterations=30] [units=200]
/// </summary>
public static class BulletinBench
{
    private const int ItemsPerUnitMonth = 10, Months = 12, MeetingsPerMonth = 4;

    public static int Run(string[] args)
    {
        var iterations = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 30;
        var units = args.Length > 1 && int.TryParse(args[1], out var u) ? u : 200;
        var dir = Directory.CreateTempSubdirectory("dt-bench-");
        try
        {
            var build = Stopwatch.StartNew();
            using var store = new LiteDbStore(Path.Combine(dir.FullName, "bench.db"));
            var (items, audit, confirmations) = Seed(store, units);
            Console.WriteLine($"bulletin store: {units} units, {items} items, {audit} audit entries, {confirmations} relay confirmations over {Months} months, built in {build.Elapsed.TotalSeconds:F1} s");

            var clock = new BureauClock(new FixedTime(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero)), BureauClock.ResolveZone("Asia/Shanghai"));
            var engine = new TurnEngine(store, clock, new RuleIntentRecognizer(clock), [new BulletinFeature()], NullLogger<TurnEngine>.Instance);
            var request = new TurnRequest { ConversationId = "a:29:office", Speaker = new Speaker("29:office", null, null, "office"), Text = "本月通报", Locale = "zh-CN" };
            string? last = null;
            for (var i = 0; i < 3; i++) last = Answer(engine, request);
            var samples = new double[iterations];
            for (var i = 0; i < iterations; i++)
            {
                var sw = Stopwatch.StartNew();
                var text = Answer(engine, request);
                samples[i] = sw.Elapsed.TotalMilliseconds;
                if (text != last) throw new InvalidOperationException("the same data gave a different bulletin");
            }
            Array.Sort(samples);
            var figures = new double[iterations];
            ScoreSheet sheet = null!;
            for (var i = 0; i < iterations; i++)
            {
                var sw = Stopwatch.StartNew();
                sheet = MonthlyScores.Compute(store, new ScoringOptions(), 2026, 11, clock.Today, clock.Zone);
                figures[i] = sw.Elapsed.TotalMilliseconds;
            }
            Array.Sort(figures);
            var render = Stopwatch.StartNew();
            for (var i = 0; i < iterations; i++) BulletinRender.Card(BulletinRender.FromSheet(sheet, Lang.Zh), editable: true);
            Console.WriteLine($"bulletin card only mean_ms={render.Elapsed.TotalMilliseconds / iterations:F1}");
            var write = Stopwatch.StartNew();
            for (var i = 0; i < iterations; i++)
            {
                var d = BulletinRender.FromSheet(sheet, Lang.Zh);
                d.Id = "w" + i;
                d.OwnerId = "other";
                store.Write(s => { s.Get<ChatBot.Dialogs.Storage.IBulletinDrafts>().OfOwner("other"); s.Get<ChatBot.Dialogs.Storage.IBulletinDrafts>().Put(d); });
            }
            Console.WriteLine($"bulletin draft write mean_ms={write.Elapsed.TotalMilliseconds / iterations:F1}");
            Console.WriteLine($"bulletin figures only p50_ms={Percentile(figures, 0.50):F1} p99_ms={Percentile(figures, 0.99):F1}");
            Console.WriteLine($"bulletin units={units} p50_ms={Percentile(samples, 0.50):F1} p99_ms={Percentile(samples, 0.99):F1} iterations={iterations} "
                + $"due={sheet.Due} on_time={sheet.OnTime} overdue_now={sheet.Units.Sum(x => x.OverdueNow)} relay_not_held={sheet.Units.Sum(x => x.RelayNotHeld.Count)}");
            return 0;
        }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { }
        }
    }

    private static string Answer(TurnEngine engine, TurnRequest request)
    {
        var result = engine.HandleAsync(request, CancellationToken.None).GetAwaiter().GetResult();
        var card = result.Replies.FirstOrDefault(r => r.Card is not null)?.Card ?? throw new InvalidOperationException("no card: " + string.Join(" / ", result.Replies.Select(r => r.Text)));
        // The draft's own id and expiry aside, the card is the bulletin.
        return System.Text.RegularExpressions.Regex.Replace(card.ToJsonString(), "\"draftId\":\"[0-9a-f]+\"", "");
    }

    /// <summary>A year of items per unit (ten due a month, most checked off, some late, some still open), their audit rows, relay meetings for every unit.</summary>
    private static (int Items, int Audit, int Confirmations) Seed(LiteDbStore store, int unitCount)
    {
        var c = store.Collections;
        var rnd = new Random(16);
        var units = Enumerable.Range(1, unitCount).Select(i => new Unit { Id = $"u{i:D3}", Name = $"第{i}管理处" }).ToList();
        c.Units.InsertBulk(units);
        c.Members.Insert(new Member { Id = "office", Name = "办公室", ChannelUserId = "29:office", BureauRoles = [BureauRole.Office] });
        var items = new List<Assignment>();
        var audit = new List<AuditEntry>();
        var meetings = new List<Meeting>();
        var confirmations = new List<RelayConfirmation>();
        var seq = 0;
        var number = 0;
        var today = new DateOnly(2026, 11, 27);
        for (var m = 0; m < Months; m++)
        {
            var first = new DateOnly(2025, 12, 1).AddMonths(m);
            var days = DateTime.DaysInMonth(first.Year, first.Month);
            for (var k = 0; k < MeetingsPerMonth; k++)
            {
                var due = first.AddDays(Math.Min(days - 1, 5 + k * 6));
                var meeting = new Meeting
                {
                    Id = $"mt{m:D2}{k}", Title = $"{first.Month}月第{k + 1}次局务会议", Status = MeetingStatus.Dispatched, CreatedBy = "office",
                    CreatedAt = At(first), DispatchedAt = At(first),
                    Relay = [new RelayRequirement { UnitIds = ["*"], Forms = ["班子会议"], Due = due }],
                };
                meetings.Add(meeting);
                foreach (var unit in units)
                {
                    if (due >= today || rnd.NextDouble() < 0.1) continue;
                    var held = due.AddDays(rnd.NextDouble() < 0.85 ? -1 : 2);
                    confirmations.Add(new RelayConfirmation
                    {
                        Id = RelayConfirmation.KeyFor(meeting.Id, unit.Id, "班子会议"), MeetingId = meeting.Id, UnitId = unit.Id, Form = "班子会议",
                        HeldOn = held, Attendees = 20, ConfirmedBy = "office", ConfirmedAt = At(held),
                    });
                }
            }
            foreach (var unit in units)
            {
                for (var j = 0; j < ItemsPerUnitMonth; j++)
                {
                    var due = first.AddDays(rnd.Next(days));
                    var id = $"a{++number:D6}";
                    var a = new Assignment
                    {
                        Id = id, Number = number, DirectiveId = "d" + id, MeetingId = $"mt{m:D2}0", UnitId = unit.Id, Task = $"第{number}项整治任务",
                        Due = due, Status = AssignmentStatus.InProgress, CreatedAt = At(first.AddDays(-10)), UpdatedAt = At(first),
                    };
                    audit.Add(Entry(++seq, id, AuditActions.Dispatch, At(first.AddDays(-10))));
                    var roll = rnd.NextDouble();
                    var closedOn = roll < 0.7 ? due.AddDays(-rnd.Next(0, 5)) : roll < 0.9 ? due.AddDays(rnd.Next(1, 10)) : (DateOnly?)null;
                    if (closedOn is { } closed && closed < today)
                    {
                        a.Status = AssignmentStatus.Closed;
                        audit.Add(Entry(++seq, id, AuditActions.CheckOffRequest, At(closed.AddDays(-1))));
                        audit.Add(Entry(++seq, id, AuditActions.CheckOffApprove, At(closed)));
                    }
                    if (rnd.NextDouble() < 0.05) audit.Add(Entry(++seq, id, AuditActions.ExtensionRequest, At(due.AddDays(-3))));
                    items.Add(a);
                }
            }
        }
        c.Meetings.InsertBulk(meetings);
        c.RelayConfirmations.InsertBulk(confirmations);
        c.Assignments.InsertBulk(items);
        c.Audit.InsertBulk(audit);
        return (items.Count, audit.Count, confirmations.Count);
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);

    private static AuditEntry Entry(int seq, string itemId, string action, DateTimeOffset at) => new()
    {
        Id = $"e{seq:D7}", Seq = seq, EntityType = ItemLifecycle.EntityType, EntityId = itemId, Action = action, ActorMemberId = "office", At = at,
    };

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
