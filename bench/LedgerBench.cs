using System.Diagnostics;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Ledger;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage.LiteDb;

namespace ChatBot.Bench;

/// <summary>
/// 导出台账 of everything: 5,000 directives over 50 meetings and 60 units (a third with an assisting unit,
/// half with progress, a fifth checked off), read from the store and written as the .xlsx the office gets.
/// Prints p50/max of the read, the workbook and the whole export, the rows and the file's size.
/// Usage: ledger [iterations=5] [directives=5000]
/// </summary>
public static class LedgerBench
{
    private const int Meetings = 50, Units = 60;

    public static int Run(string[] args)
    {
        var iterations = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 5;
        var directives = args.Length > 1 && int.TryParse(args[1], out var d) ? d : 5000;
        var dir = Directory.CreateTempSubdirectory("dt-bench-");
        try
        {
            var build = Stopwatch.StartNew();
            using var store = new LiteDbStore(Path.Combine(dir.FullName, "bench.db"));
            var items = Seed(store, directives);
            Console.WriteLine($"ledger store: {directives} directives, {items} items over {Meetings} meetings and {Units} units, built in {build.Elapsed.TotalSeconds:F1} s");

            var clock = new BureauClock(new FixedTime(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero)), BureauClock.ResolveZone("Asia/Shanghai"));
            var queries = new LedgerQueries(store, clock, warnDays: 3);
            var scope = new LedgerScope { IncludeClosed = true };
            var file = Path.Combine(dir.FullName, "ledger.xlsx");
            var (reads, writes, totals) = (new double[iterations], new double[iterations], new double[iterations]);
            var rows = 0;
            for (var i = -1; i < iterations; i++) // one warm-up pass
            {
                var total = Stopwatch.StartNew();
                var data = queries.Read(scope);
                var read = total.Elapsed.TotalMilliseconds;
                using (var output = File.Create(file)) LedgerWorkbook.WriteAsync(output, data, Lang.Zh).GetAwaiter().GetResult();
                if (i < 0) continue;
                (reads[i], writes[i], totals[i]) = (read, total.Elapsed.TotalMilliseconds - read, total.Elapsed.TotalMilliseconds);
                rows = data.Rows.Count;
            }
            Array.Sort(reads);
            Array.Sort(writes);
            Array.Sort(totals);
            Console.WriteLine($"ledger directives={directives} rows={rows} bytes={new FileInfo(file).Length} iterations={iterations} "
                + $"read_p50_ms={reads[iterations / 2]:F0} workbook_p50_ms={writes[iterations / 2]:F0} total_p50_ms={totals[iterations / 2]:F0} total_max_ms={totals[^1]:F0}");
            return 0;
        }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { }
        }
    }

    private static int Seed(LiteDbStore store, int directiveCount)
    {
        var c = store.Collections;
        var rnd = new Random(5000);
        var units = Enumerable.Range(1, Units).Select(i => new Unit { Id = $"u{i:D2}", Name = $"第{i}管理处" }).ToList();
        c.Units.InsertBulk(units);
        c.Members.InsertBulk(units.Take(6).Select((u, i) => new Member
        {
            Id = $"leader{i}", Name = $"领导{i}", BureauRoles = [BureauRole.Leader], Portfolio = units.Skip(i * 10).Take(10).Select(x => x.Id).ToList(),
        }));
        var first = new DateOnly(2026, 6, 1);
        var meetings = Enumerable.Range(0, Meetings).Select(m => new Meeting
        {
            Id = $"mt{m:D2}", Title = $"第{m + 1}次局务会议", Date = first.AddDays(m * 3), Status = MeetingStatus.Dispatched, CreatedBy = "office",
            CreatedAt = At(first.AddDays(m * 3)), DispatchedAt = At(first.AddDays(m * 3)),
            Relay = [new RelayRequirement { UnitIds = ["*"], Forms = ["班子会议"], Due = first.AddDays(m * 3 + 5) }],
        }).ToList();
        c.Meetings.InsertBulk(meetings);
        var directives = new List<Directive>();
        var items = new List<Assignment>();
        var reports = new List<ProgressReport>();
        var audit = new List<AuditEntry>();
        for (var i = 0; i < directiveCount; i++)
        {
            var meeting = meetings[i % Meetings];
            var lead = units[rnd.Next(Units)];
            var assisting = rnd.NextDouble() < 0.33 ? units[rnd.Next(Units)] : null;
            var due = meeting.Date!.Value.AddDays(rnd.Next(10, 120));
            var directive = new Directive
            {
                Id = $"d{i:D5}", MeetingId = meeting.Id, Number = i / Meetings + 1, Task = $"第{i + 1}项城市管理整治任务，按期完成并报送进展",
                LeadUnitIds = [lead.Id], AssistingUnitIds = assisting is null || assisting.Id == lead.Id ? [] : [assisting.Id], Due = due,
                Source = $"{lead.Name}负责第{i + 1}项城市管理整治任务，{due.Month}月{due.Day}日前完成。",
            };
            directives.Add(directive);
            foreach (var (unitId, role) in directive.AssistingUnitIds.Select(u => (u, AssignmentRole.Assisting)).Prepend((lead.Id, AssignmentRole.Lead)))
            {
                var closed = rnd.NextDouble() < 0.2;
                var a = new Assignment
                {
                    Id = $"a{items.Count + 1:D6}", Number = items.Count + 1, DirectiveId = directive.Id, MeetingId = meeting.Id, UnitId = unitId, Role = role,
                    Task = directive.Task, Due = due, Status = closed ? AssignmentStatus.Closed : AssignmentStatus.InProgress,
                    CreatedAt = meeting.CreatedAt, UpdatedAt = meeting.CreatedAt, Percent = closed ? 100 : rnd.Next(0, 90),
                };
                items.Add(a);
                if (rnd.NextDouble() < 0.5)
                    reports.Add(new ProgressReport { Id = "p" + a.Id, AssignmentId = a.Id, Text = "已完成现场排查，正在组织施工", Percent = a.Percent, ReportedBy = "m", ReportedAt = meeting.CreatedAt.AddDays(5) });
                if (closed)
                    audit.Add(new AuditEntry { Id = "e" + a.Id, Seq = audit.Count + 1, EntityType = ItemLifecycle.EntityType, EntityId = a.Id, Action = AuditActions.CheckOffApprove, From = "CheckOffRequested", To = "Closed", ActorMemberId = "office", At = meeting.CreatedAt.AddDays(20) });
            }
        }
        c.Directives.InsertBulk(directives);
        c.Assignments.InsertBulk(items);
        c.ProgressReports.InsertBulk(reports);
        c.Audit.InsertBulk(audit);
        return items.Count;
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
}
