using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Storage.LiteDb;
using System.Diagnostics;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Audit;
using ChatBot.Dialogs.Features.CheckOff;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Progress;
using ChatBot.Dialogs.Understanding.Rules;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Bench;

/// <summary>
/// 我的待办 on a bureau-sized store: the server side of one turn (understand with the rules, query,
/// build the card) for a staff member, a unit head and the office. Prints p50/p99 per role.
/// Usage: openitems [iterations=300]
/// </summary>
public static class OpenItemsBench
{
    private const int Units = 40, Members = 1000, Meetings = 200, Directives = 5000, HistoryRows = 30_000;

    public static int Run(string[] args)
    {
        var iterations = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 300;
        // openitems [iterations] [--store litedb|postgres]: the same turns on either provider.
        using var bench = BenchStore.Create(BenchStore.KindIn(args));
        var where = $"store={bench.Kind} replicas=1";
        {
            var build = Stopwatch.StartNew();
            using var store = bench.Open();
            var world = Seed(store);
            Console.WriteLine($"openitems store: {world.Assignments} assignments + {HistoryRows} history rows = {world.Assignments + HistoryRows} rows, built in {build.Elapsed.TotalSeconds:F1} s {where}");

            var time = new FixedTime(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
            var clock = new BureauClock(time, BureauClock.ResolveZone("Asia/Shanghai"));
            var options = new OpenItemsOptions();
            ITurnFeature[] features = [new OpenItemsFeature(options), new ProgressFeature(options), new CheckOffRequestFeature(), new CheckOffDecisionFeature(), new ItemHistoryFeature()];
            var engine = new TurnEngine(store, clock, new RuleIntentRecognizer(clock), features, NullLogger<TurnEngine>.Instance);

            foreach (var (role, memberId) in new[] { ("staff", world.Staff), ("head", world.Head), ("office", world.Office) })
            {
                var request = new TurnRequest
                {
                    ConversationId = "a:29:" + memberId,
                    Speaker = new Speaker("29:" + memberId, null, null, memberId),
                    Text = "我的待办",
                    Locale = "zh-CN",
                };
                var cards = 0;
                for (var i = 0; i < 20; i++) engine.HandleAsync(request, CancellationToken.None).GetAwaiter().GetResult();
                var samples = new double[iterations];
                var cpu = new double[iterations];
                for (var i = 0; i < iterations; i++)
                {
                    var cpu0 = ThreadCpuMs();
                    var sw = Stopwatch.StartNew();
                    var result = engine.HandleAsync(request, CancellationToken.None).GetAwaiter().GetResult();
                    samples[i] = sw.Elapsed.TotalMilliseconds;
                    cpu[i] = ThreadCpuMs() - cpu0;
                    if (result.Replies.Any(r => r.Card is not null)) cards++;
                }
                Array.Sort(samples);
                Array.Sort(cpu);
                Console.WriteLine($"openitems role={role} p50_ms={Percentile(samples, 0.50):F2} p99_ms={Percentile(samples, 0.99):F2} "
                    + $"cpu_p50_ms={Percentile(cpu, 0.50):F2} cpu_p99_ms={Percentile(cpu, 0.99):F2} iterations={iterations} items={world.OpenFor(role)} cards={cards} {where}");
            }
            store.Dispose();
            var process = Process.GetCurrentProcess();
            Console.WriteLine($"openitems store_bytes={bench.Bytes()} working_set_mb={process.WorkingSet64 / 1048576} managed_heap_mb={GC.GetTotalMemory(false) / 1048576} {where}");
            return 0;
        }
    }

    /// <summary>
    /// CPU time of this thread (Linux schedstat, ns), so figures taken on a shared, busy machine can be
    /// told apart from time spent waiting for a core. The turn runs synchronously on this thread.
    /// </summary>
    private static double ThreadCpuMs()
    {
        try { return long.Parse(File.ReadAllText("/proc/thread-self/schedstat").Split(' ')[0]) / 1e6; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { return 0; }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed record World(int Assignments, string Staff, string Head, string Office, Dictionary<string, int> Open)
    {
        public int OpenFor(string role) => Open.GetValueOrDefault(role);
    }

    /// <summary>A deterministic bureau: 40 units, 1,000 people, 200 meetings, 5,000 directives owed by 1–3 units each.</summary>
    private static World Seed(IStore store)
    {
        var rnd = new Random(1179419);
        var now = new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
        var today = new DateOnly(2026, 11, 27);
        var units = Enumerable.Range(0, Units).Select(i => new Unit { Id = $"u{i:00}", Name = $"单位{i:00}处", Aliases = [$"单位{i:00}"] }).ToList();
        var members = new List<Member>();
        for (var i = 0; i < Members; i++)
        {
            var unit = units[i % Units].Id;
            var role = (i / Units) switch { 0 => UnitRole.Head, 1 => UnitRole.Deputy, 2 => UnitRole.Liaison, _ => UnitRole.Staff };
            var m = new Member
            {
                Id = $"m{i:0000}", Name = $"成员{i:0000}", ChannelUserId = $"29:m{i:0000}",
                Memberships = [new Membership { UnitId = unit, Role = role }], UnitIds = [unit],
            };
            if (i >= Members - 3) m.BureauRoles.Add(BureauRole.Office);
            else if (i >= Members - 8) { m.BureauRoles.Add(BureauRole.Leader); m.Portfolio = units.Skip((i % 5) * 8).Take(8).Select(u => u.Id).ToList(); }
            members.Add(m);
        }
        var staffByUnit = members.Where(m => m.Memberships[0].Role == UnitRole.Staff && m.BureauRoles.Count == 0).GroupBy(m => m.UnitIds[0]).ToDictionary(g => g.Key, g => g.ToList());

        var meetings = Enumerable.Range(0, Meetings).Select(i => new Meeting { Id = $"mt{i:000}", Title = $"第{i + 1}次局党组会议", Status = MeetingStatus.Dispatched, CreatedAt = now }).ToList();
        var directives = new List<Directive>();
        var assignments = new List<Assignment>();
        for (var d = 0; d < Directives; d++)
        {
            var meeting = meetings[d % Meetings];
            var directive = new Directive { Id = $"d{d:0000}", MeetingId = meeting.Id, Number = d / Meetings + 1, Task = $"第{d}项：落实专人跟进道路扬尘专项整治，按期报送进展情况" };
            directives.Add(directive);
            foreach (var unit in units.OrderBy(_ => rnd.Next()).Take(rnd.Next(3, 6)))
            {
                var staff = staffByUnit[unit.Id];
                assignments.Add(new Assignment
                {
                    Id = $"a{assignments.Count:00000}", Number = assignments.Count + 1, DirectiveId = directive.Id, MeetingId = meeting.Id, UnitId = unit.Id,
                    Task = directive.Task, Due = rnd.Next(10) == 0 ? null : today.AddDays(rnd.Next(-30, 60)),
                    Status = (AssignmentStatus)new[] { 0, 1, 2, 2, 3, 4, 4, 4, 5 }[rnd.Next(9)],
                    AssigneeMemberIds = rnd.Next(3) == 0 ? [] : [staff[rnd.Next(staff.Count)].Id],
                    CreatedAt = now, UpdatedAt = now,
                });
            }
        }
        store.Write(s =>
        {
            s.Roster.AddUnits(units);
            s.Roster.AddMembers(members);
            foreach (var m in meetings) s.Meetings.Add(m);
            foreach (var d in directives) s.Items.AddDirective(d);
            foreach (var a in assignments) s.Items.Add(a);
        });
        // History: half progress reports, half audit entries, on random assignments.
        store.Write(s =>
        {
            foreach (var report in Enumerable.Range(0, HistoryRows / 2).Select(i => new ProgressReport
            {
                Id = $"p{i:00000}", AssignmentId = assignments[rnd.Next(assignments.Count)].Id, Text = "已完成阶段性工作，正按计划推进", Percent = rnd.Next(101),
                ReportedBy = members[rnd.Next(members.Count)].Id, ReportedAt = now.AddHours(-rnd.Next(1000)),
            }))
                s.Items.AddReport(report);
            foreach (var entry in Enumerable.Range(0, HistoryRows / 2).Select(i => new AuditEntry
            {
                Id = $"e{i:00000}", EntityType = "assignment", EntityId = assignments[rnd.Next(assignments.Count)].Id, Action = "progressReport",
                From = "SignedFor", To = "InProgress", ActorMemberId = members[rnd.Next(members.Count)].Id, At = now.AddHours(-rnd.Next(1000)),
            }))
                s.Audit.Append(entry);
        });

        // The busiest staff member and unit head: the worst case of their kind.
        var staffId = assignments.Where(a => a.IsOpen).SelectMany(a => a.AssigneeMemberIds).GroupBy(x => x).OrderByDescending(g => g.Count()).First().Key;
        var headUnit = assignments.Where(a => a.IsOpen).GroupBy(a => a.UnitId).OrderByDescending(g => g.Count()).First().Key;
        var head = members.First(m => m.HasRole(headUnit, UnitRole.Head));
        var office = members.First(m => m.IsOffice);
        var open = new Dictionary<string, int>
        {
            ["staff"] = assignments.Count(a => a.IsOpen && a.AssigneeMemberIds.Contains(staffId)),
            ["head"] = assignments.Count(a => a.IsOpen && (a.UnitId == headUnit || a.AssigneeMemberIds.Contains(head.Id))),
            ["office"] = assignments.Count(a => a.IsOpen),
        };
        return new World(assignments.Count, staffId, head.Id, office.Id, open);
    }
}
