using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Bot.Tests.Features.Reminders;

/// <summary>A small bureau, the real 2026/2027 calendar files, and helpers to ask the policy at a local time.</summary>
internal static class ReminderWorld
{
    public static readonly TimeZoneInfo Shanghai = BureauClock.ResolveZone(null);

    public static WorkingCalendar Calendar { get; } = WorkingCalendar.LoadFolder(SeedsCalendarFolder());

    /// <summary>The repository's seeds/calendar (tests read the shipped files, not copies).</summary>
    public static string SeedsCalendarFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", "calendar");
            if (File.Exists(Path.Combine(candidate, "2026.json"))) return candidate;
        }
        throw new DirectoryNotFoundException("seeds/calendar not found above " + AppContext.BaseDirectory);
    }

    /// <summary>An instant given as Shanghai wall-clock time.</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public static ReminderPolicy Policy(ReminderOptions? options = null) => new(Calendar, options ?? new ReminderOptions(), Shanghai);

    public static List<Unit> Units() =>
    [
        new() { Id = "office", Name = "局办公室" },
        new() { Id = "hwc", Name = "市环卫处" },
        new() { Id = "srk", Name = "市容环境管理科" },
    ];

    public static List<Member> Members() =>
    [
        Member("m-office", office: true),
        Member("m-lead-hwc", leader: true, portfolio: ["hwc"]),
        Member("m-lead-srk", leader: true, portfolio: ["srk"]),
        Member("m-hwc-head", ("hwc", UnitRole.Head)),
        Member("m-hwc-liaison", ("hwc", UnitRole.Liaison)),
        Member("m-hwc-staff", ("hwc", UnitRole.Staff)),
        Member("m-srk-head", ("srk", UnitRole.Head)),
    ];

    private static Member Member(string id, params (string Unit, UnitRole Role)[] roles) => Member(id, false, false, [], roles);

    private static Member Member(string id, bool office = false, bool leader = false, List<string>? portfolio = null, params (string Unit, UnitRole Role)[] roles) => new()
    {
        Id = id,
        Name = id,
        Memberships = roles.Select(r => new Membership { UnitId = r.Unit, Role = r.Role }).ToList(),
        UnitIds = roles.Select(r => r.Unit).ToList(),
        BureauRoles = new[] { (office, BureauRole.Office), (leader, BureauRole.Leader) }.Where(r => r.Item1).Select(r => r.Item2).ToList(),
        Portfolio = portfolio ?? [],
    };

    /// <summary>第3条, owed by 市环卫处 to the staff member, due Friday 20 November 2026.</summary>
    public static Assignment Item(DateOnly? due = null, string unitId = "hwc", params string[] assignees) => new()
    {
        Id = "a3",
        Number = 3,
        MeetingId = "mt1",
        UnitId = unitId,
        Task = "开展城区道路扬尘专项整治",
        Due = due ?? new DateOnly(2026, 11, 20),
        Status = AssignmentStatus.SignedFor,
        AssigneeMemberIds = [.. assignees],
    };

    public static ReminderSnapshot Snapshot(IEnumerable<Assignment>? items = null, IEnumerable<Meeting>? meetings = null,
        IEnumerable<RelayConfirmation>? confirmations = null, IEnumerable<ReminderPause>? pauses = null, IEnumerable<string>? sent = null) => new()
    {
        Assignments = (items ?? []).ToList(),
        Meetings = (meetings ?? [new Meeting { Id = "mt1", Title = "局党组会", Status = MeetingStatus.Dispatched }]).ToList(),
        Confirmations = (confirmations ?? []).ToList(),
        Members = Members(),
        Units = Units(),
        Pauses = (pauses ?? []).ToList(),
        SentKeys = (sent ?? []).ToHashSet(),
    };

    /// <summary>Options with the digest out of the way, for tests about item reminders.</summary>
    public static ReminderOptions NoDigest() => new() { DigestTime = new TimeOnly(17, 59) };
}
