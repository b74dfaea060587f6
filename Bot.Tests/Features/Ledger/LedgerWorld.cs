using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Ledger;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Understanding.Rules;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Bot.Tests.Features.Ledger;

/// <summary>
/// A bureau with two dispatched meetings in a real LiteDB file: items open and closed (approved through
/// the audit trail), progress, 签收 and relay confirmations; the ledger behind a real engine with the
/// rule recogniser, on Friday 27 November 2026 in Beijing.
/// </summary>
internal sealed class LedgerWorld : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 27);

    private readonly TempDir _dir = new();
    private int _activity;

    public IStore Store { get; }
    public BureauClock Clock { get; } = new(new FakeTimeProvider(Now), BureauClock.ResolveZone("Asia/Shanghai"));
    public TurnEngine Engine { get; }

    public LedgerWorld()
    {
        Store = new LiteDbStore(_dir.File("ledger.db"));
        Engine = new TurnEngine(Store, Clock, new RuleIntentRecognizer(Clock), [new LedgerFeature(new OpenItemsOptions()), new Dialogs.Features.DispatchSheet.DispatchSheetFeature()], NullLogger<TurnEngine>.Instance);
        Store.Write(s =>
        {
            s.Roster.AddUnits(
            [
                new Unit { Id = "office", Name = "局办公室" },
                new Unit { Id = "roads", Name = "道路养护科", Aliases = ["养护科"] },
                new Unit { Id = "parks", Name = "园林绿化所" },
                new Unit { Id = "law", Name = "法规审查室" },
            ]);
            s.Roster.AddMembers(
            [
                Person("clerk", "周文清", office: true, units: [("office", UnitRole.Staff)]),
                Person("leader", "韩振东", leader: true, portfolio: ["roads"]),
                Person("leader2", "葛淑芬", leader: true, portfolio: ["parks", "law"]),
                Person("head", "邵立群", units: [("roads", UnitRole.Head)]),
                Person("staff", "蒋小北", units: [("roads", UnitRole.Staff)]),
            ]);
        });
        Seed();
    }

    private static Member Person(string id, string name, bool office = false, bool leader = false, List<string>? portfolio = null, (string Unit, UnitRole Role)[]? units = null) => new()
    {
        Id = id,
        Name = name,
        ChannelUserId = "29:" + id,
        Memberships = (units ?? []).Select(u => new Membership { UnitId = u.Unit, Role = u.Role }).ToList(),
        UnitIds = (units ?? []).Select(u => u.Unit).ToList(),
        BureauRoles = new[] { (office, BureauRole.Office), (leader, BureauRole.Leader) }.Where(r => r.Item1).Select(r => r.Item2).ToList(),
        Portfolio = portfolio ?? [],
    };

    /// <summary>
    /// Meeting A (11月10日, relay required of roads and parks): 1 roads leads, parks assists, overdue;
    /// 2 parks leads, due in 2 days (yellow); 3 roads, closed on 11月20日. Meeting B (11月25日, no relay):
    /// 4 law, no date; 5 roads, due in December (green).
    /// </summary>
    private void Seed()
    {
        Store.Write(s =>
        {
            s.Meetings.Add(new Meeting
            {
                Id = "mA", Title = "十一月道路安全专题会", Date = new DateOnly(2026, 11, 10), Status = MeetingStatus.Dispatched,
                CreatedAt = Now.AddDays(-17), DispatchedAt = Now.AddDays(-17), ChannelConversationId = "19:office-channel",
                Relay = [new RelayRequirement { UnitIds = ["roads", "parks"], Forms = ["班子会议", "干部职工大会"], Due = new DateOnly(2026, 11, 13), Source = "—" }],
            });
            s.Meetings.Add(new Meeting
            {
                Id = "mB", Title = "冬季保障调度会", Date = new DateOnly(2026, 11, 25), Status = MeetingStatus.Dispatched,
                CreatedAt = Now.AddDays(-2), DispatchedAt = Now.AddDays(-2),
            });
            s.Meetings.Add(new Meeting { Id = "mDraft", Title = "草稿会议", Status = MeetingStatus.Draft, CreatedAt = Now });
            s.Items.AddDirective(new Directive { Id = "d1", MeetingId = "mA", Number = 1, Task = "完成主干道坑槽修补", LeadUnitIds = ["roads"], AssistingUnitIds = ["parks"],
                Due = new DateOnly(2026, 11, 20), DeadlineText = "11月20日前", Source = "道路养护科牵头、园林绿化所配合，要求11月20日前完成主干道坑槽修补。" });
            Item(s, 1, "mA", "d1", "roads", AssignmentRole.Lead, "完成主干道坑槽修补", new DateOnly(2026, 11, 20));
            Item(s, 2, "mA", "d1", "parks", AssignmentRole.Assisting, "完成主干道坑槽修补", new DateOnly(2026, 11, 20));
            Item(s, 3, "mA", "d2", "parks", AssignmentRole.Lead, "补植行道树", new DateOnly(2026, 11, 29));
            Item(s, 4, "mA", "d3", "roads", AssignmentRole.Lead, "排查桥梁护栏", new DateOnly(2026, 11, 18), AssignmentStatus.Closed);
            Item(s, 5, "mB", "d4", "law", AssignmentRole.Lead, "审查除雪应急预案", null, deadlineText: "尽快");
            Item(s, 6, "mB", "d5", "roads", AssignmentRole.Lead, "储备融雪剂", new DateOnly(2026, 12, 15));
            s.Audit.Append("assignment", "a4", AuditActions.CheckOffApprove, "CheckOffRequested", "Closed", "clerk", new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero), null);
            s.Items.AddReport(new ProgressReport { Id = "p1", AssignmentId = "a1", Text = "已修补六成", Percent = 60, ReportedBy = "head", ReportedAt = Now.AddDays(-3) });
            s.Items.AddReport(new ProgressReport { Id = "p0", AssignmentId = "a1", Text = "已进场", ReportedBy = "head", ReportedAt = Now.AddDays(-8) });
            s.Meetings.AddReceipt(new UnitReceipt
            {
                Id = UnitReceipt.KeyFor("mA", "roads"), MeetingId = "mA", UnitId = "roads", SignedBy = "head", SignedAt = new DateTimeOffset(2026, 11, 11, 1, 0, 0, TimeSpan.Zero),
            });
            foreach (var form in new[] { "班子会议", "干部职工大会" })
                s.Meetings.AddConfirmation(new RelayConfirmation
                {
                    Id = RelayConfirmation.KeyFor("mA", "roads", form), MeetingId = "mA", UnitId = "roads", Form = form,
                    HeldOn = new DateOnly(2026, 11, 12), Attendees = form == "班子会议" ? 7 : 38, ConfirmedBy = "head", ConfirmedAt = Now.AddDays(-15),
                });
        });
    }

    private static void Item(IStoreSession s, int number, string meeting, string directive, string unit, AssignmentRole role, string task, DateOnly? due,
        AssignmentStatus status = AssignmentStatus.SignedFor, string? deadlineText = null) =>
        s.Items.Add(new Assignment
        {
            Id = $"a{number}", Number = number, DirectiveId = directive, MeetingId = meeting, UnitId = unit, Role = role, Task = task,
            Due = due, DeadlineText = deadlineText ?? due?.ToString("M月d日前"), Status = status, CreatedAt = Now.AddDays(-10), UpdatedAt = Now.AddDays(-10),
        });

    public LedgerQueries Queries => new(Store, Clock, new OpenItemsOptions().WarnDays);

    /// <summary>The member typed <paramref name="text"/> (1:1 unless a conversation is named).</summary>
    public Task<TurnResult> Say(string memberId, string text, string locale = "zh-CN", string? conversationId = null, string type = "personal") =>
        Engine.HandleAsync(new TurnRequest
        {
            ConversationId = conversationId ?? "a:29:" + memberId,
            ConversationType = type,
            Speaker = new Speaker("29:" + memberId, null, null, memberId),
            Locale = locale,
            Text = text,
            ActivityId = $"act-{Interlocked.Increment(ref _activity)}",
        }, CancellationToken.None);

    public string File(string name) => _dir.File(name);

    public string StorePath => Store.Path;

    /// <summary>Lets another process-like user (the command line) open the store file.</summary>
    public void CloseStore() => Store.Dispose();

    public void Dispose()
    {
        Store.Dispose();
        _dir.Dispose();
    }
}
