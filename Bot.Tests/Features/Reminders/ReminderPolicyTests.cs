using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Reminders;
using Microsoft.Extensions.Time.Testing;
using static ChatBot.Bot.Tests.Features.Reminders.ReminderWorld;

namespace ChatBot.Bot.Tests.Features.Reminders;

public class ReminderPolicyTests
{
    /// <summary>Runs the policy every day at 10:00 from <paramref name="from"/> to <paramref name="to"/>, remembering what was sent.</summary>
    private static Dictionary<DateOnly, List<ReminderDue>> Timeline(ReminderPolicy policy, Func<HashSet<string>, ReminderSnapshot> snapshot, DateOnly from, DateOnly to)
    {
        var clock = new FakeTimeProvider(At(from.Year, from.Month, from.Day));
        var sent = new HashSet<string>();
        var byDay = new Dictionary<DateOnly, List<ReminderDue>>();
        for (var day = from; day <= to; day = day.AddDays(1), clock.Advance(TimeSpan.FromDays(1)))
        {
            var due = policy.Due(clock.GetUtcNow(), snapshot(sent)).ToList();
            sent.UnionWith(due.Select(d => d.Key));
            byDay[day] = due;
        }
        return byDay;
    }

    [Fact]
    public void One_item_from_yellow_to_escalation()
    {
        var item = Item(assignees: "m-hwc-staff");   // due Friday 2026-11-20
        var days = Timeline(Policy(NoDigest()), sent => Snapshot([item], sent: sent), new DateOnly(2026, 11, 13), new DateOnly(2026, 11, 26));

        string[] Kinds(int day) => days[new DateOnly(2026, 11, day)].Select(d => d.Kind.ToString()).ToArray();
        Assert.Empty(Kinds(13));
        Assert.Empty(Kinds(16));                                   // 4 working days left
        Assert.Equal(["Approaching"], Kinds(17));                  // 3 working days left: yellow
        Assert.Empty(Kinds(18));                                   // once per deadline
        Assert.Empty(Kinds(19));
        Assert.Equal(["DueToday"], Kinds(20));
        Assert.Empty(Kinds(21));                                   // weekend
        Assert.Empty(Kinds(22));
        Assert.Equal(["Overdue"], Kinds(23));                      // daily after the deadline
        Assert.Equal(["Overdue", "Escalation"], Kinds(24));        // 2 working days overdue: escalate
        Assert.Equal(["Overdue", "Escalation"], Kinds(25));        // once per cadence (daily)
        Assert.Equal(["Overdue", "Escalation"], Kinds(26));

        var yellow = days[new DateOnly(2026, 11, 17)].Single();
        Assert.Equal("approaching:a3:yellow:2026-11-20", yellow.Key);
        Assert.Equal(["m-hwc-staff"], yellow.RecipientMemberIds);

        var monday = days[new DateOnly(2026, 11, 23)].Single();
        Assert.Equal("overdue:a3:d1:2026-11-23", monday.Key);
        Assert.Equal(3, monday.DaysOverdue);
        Assert.Equal(1, monday.WorkingDaysOverdue);

        var escalation = days[new DateOnly(2026, 11, 24)].Single(d => d.Kind == ReminderKind.Escalation);
        Assert.Equal("escalation:a3:d2:2026-11-24", escalation.Key);
        Assert.Equal(["m-lead-hwc", "m-office"], escalation.RecipientMemberIds);   // the leader in charge of 环卫处, not 市容科's
        Assert.Equal(4, escalation.DaysOverdue);
        Assert.Equal("hwc", escalation.Unit?.Id);
        Assert.Same(item, escalation.Assignment);
    }

    [Fact]
    public void A_slower_cadence_reminds_and_escalates_every_other_working_day()
    {
        var options = NoDigest();
        options.OverdueCadenceDays = 2;
        options.EscalateAfterDays = 3;
        var days = Timeline(Policy(options), sent => Snapshot([Item()], sent: sent), new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 27));
        string[] Kinds(int day) => days[new DateOnly(2026, 11, day)].Select(d => d.Kind.ToString()).ToArray();
        Assert.Equal(["Overdue"], Kinds(23));            // 1 working day overdue
        Assert.Empty(Kinds(24));
        Assert.Equal(["Overdue", "Escalation"], Kinds(25));
        Assert.Empty(Kinds(26));
        Assert.Equal(["Overdue", "Escalation"], Kinds(27));
    }

    [Fact]
    public void Without_assignees_the_unit_head_and_liaison_are_reminded()
    {
        var due = Policy(NoDigest()).Due(At(2026, 11, 20), Snapshot([Item()])).Single();
        Assert.Equal(ReminderKind.DueToday, due.Kind);
        Assert.Equal(["m-hwc-head", "m-hwc-liaison"], due.RecipientMemberIds);
    }

    [Theory]
    [InlineData(8, 59, false)]
    [InlineData(9, 0, true)]
    [InlineData(17, 59, true)]
    [InlineData(18, 0, false)]
    [InlineData(23, 30, false)]
    [InlineData(3, 0, false)]
    public void Only_within_working_hours_in_Shanghai(int hour, int minute, bool sends)
    {
        var due = Policy(NoDigest()).Due(At(2026, 11, 23, hour, minute), Snapshot([Item()]));
        Assert.Equal(sends, due.Count > 0);
    }

    [Fact]
    public void Working_hours_are_judged_in_the_configured_zone_not_UTC()
    {
        // 02:00 UTC is 10:00 in Shanghai: inside working hours although UTC is at night.
        var due = Policy(NoDigest()).Due(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero), Snapshot([Item()]));
        Assert.Single(due);
        // 10:00 UTC is 18:00 in Shanghai: closed.
        Assert.Empty(Policy(NoDigest()).Due(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), Snapshot([Item()])));
    }

    [Fact]
    public void Nothing_on_a_weekend()
    {
        Assert.Empty(Policy().Due(At(2026, 11, 21), Snapshot([Item()])));
        Assert.Empty(Policy().Due(At(2026, 11, 22, 15), Snapshot([Item()])));
    }

    [Fact]
    public void Nothing_on_a_2026_public_holiday()
    {
        var item = Item(new DateOnly(2026, 9, 24));
        Assert.Empty(Policy().Due(At(2026, 10, 1), Snapshot([item])));    // 国庆
        Assert.Empty(Policy().Due(At(2026, 10, 5), Snapshot([item])));    // a Monday inside the holiday
        Assert.Empty(Policy().Due(At(2026, 9, 25), Snapshot([item])));    // 中秋 (a Friday)
    }

    [Fact]
    public void An_adjusted_working_Saturday_sends()
    {
        var item = Item(new DateOnly(2026, 9, 24));
        var due = Policy(NoDigest()).Due(At(2026, 10, 10), Snapshot([item]));   // 调休 Saturday
        var overdue = due.Single(d => d.Kind == ReminderKind.Overdue);
        // Working days overdue skip the holiday: 9-28, 9-29, 9-30, 10-8, 10-9, 10-10.
        Assert.Equal(6, overdue.WorkingDaysOverdue);
        Assert.Equal(16, overdue.DaysOverdue);
        // 调休 Sunday 2026-09-20: three working days (21, 22, 23) are left before a deadline of the 23rd.
        Assert.Contains(Policy().Due(At(2026, 9, 20), Snapshot([Item(new DateOnly(2026, 9, 23))])), d => d.Kind == ReminderKind.Approaching);
    }

    [Fact]
    public void A_deadline_on_a_weekend_is_due_on_the_last_working_day_before_it()
    {
        var item = Item(new DateOnly(2026, 11, 21));   // Saturday
        var due = Policy(NoDigest()).Due(At(2026, 11, 20), Snapshot([item])).Single();
        Assert.Equal(ReminderKind.DueToday, due.Kind);
        Assert.Equal("duetoday:a3:due:2026-11-21", due.Key);
    }

    [Fact]
    public void An_item_created_inside_the_window_still_gets_its_yellow_reminder_once()
    {
        var item = Item(new DateOnly(2026, 11, 27));
        var first = Policy(NoDigest()).Due(At(2026, 11, 25, 16), Snapshot([item])).Single();   // 2 working days left
        Assert.Equal(ReminderKind.Approaching, first.Kind);
        Assert.Empty(Policy(NoDigest()).Due(At(2026, 11, 26), Snapshot([item], sent: [first.Key])));
    }

    [Fact]
    public void Running_again_with_the_sent_log_never_sends_twice()
    {
        var clock = new FakeTimeProvider(At(2026, 11, 24, 9));
        var sent = new HashSet<string>();
        var all = new List<ReminderDue>();
        // Every 5 minutes for a whole day, each run with a fresh policy as after a restart.
        for (var i = 0; i < 24 * 12; i++, clock.Advance(TimeSpan.FromMinutes(5)))
        {
            var due = Policy().Due(clock.GetUtcNow(), Snapshot([Item()], sent: sent));
            sent.UnionWith(due.Select(d => d.Key));
            all.AddRange(due);
        }
        Assert.Equal(["Overdue", "Escalation", "Digest"], all.Select(d => d.Kind.ToString()).ToArray());
        Assert.Equal(all.Count, all.Select(d => d.Key).Distinct().Count());
    }

    [Fact]
    public void Closed_items_and_items_awaiting_check_off_are_not_chased()
    {
        var closed = Item();
        closed.Status = AssignmentStatus.Closed;
        var checkOff = Item();
        checkOff.Id = "a4";
        checkOff.Status = AssignmentStatus.CheckOffRequested;
        var undated = Item();
        undated.Id = "a5";
        undated.Due = null;
        Assert.Empty(Policy(NoDigest()).Due(At(2026, 11, 24), Snapshot([closed, checkOff, undated])));
    }

    [Fact]
    public void A_pause_silences_the_member_but_not_the_escalation()
    {
        var item = Item(assignees: "m-hwc-staff");
        var pause = new ReminderPause { Id = "m-hwc-staff", Until = new DateOnly(2026, 11, 25) };
        var paused = Policy(NoDigest()).Due(At(2026, 11, 24), Snapshot([item], pauses: [pause]));
        Assert.Equal([ReminderKind.Escalation], paused.Select(d => d.Kind).ToArray());

        var after = Policy(NoDigest()).Due(At(2026, 11, 26), Snapshot([item], pauses: [pause]));
        Assert.Contains(after, d => d.Kind == ReminderKind.Overdue && d.RecipientMemberIds.SequenceEqual(["m-hwc-staff"]));
    }

    [Fact]
    public void A_pause_removes_only_the_paused_recipient()
    {
        var pause = new ReminderPause { Id = "m-hwc-head", Until = new DateOnly(2026, 11, 30) };
        var due = Policy(NoDigest()).Due(At(2026, 11, 23), Snapshot([Item()], pauses: [pause])).Single();
        Assert.Equal(["m-hwc-liaison"], due.RecipientMemberIds);
    }

    private static Meeting RelayMeeting() => new()
    {
        Id = "mt9",
        Title = "全市城市管理工作会议",
        Status = MeetingStatus.Dispatched,
        Relay = [new RelayRequirement { UnitIds = ["*"], Forms = ["班子会议", "干部职工大会"], Due = new DateOnly(2026, 11, 20) }],
    };

    private static RelayConfirmation Confirmed(string unitId, string form) =>
        new() { Id = RelayConfirmation.KeyFor("mt9", unitId, form), MeetingId = "mt9", UnitId = unitId, Form = form };

    [Fact]
    public void Units_that_have_not_confirmed_every_relay_form_are_chased_daily_after_the_due_date()
    {
        var confirmations = new[]
        {
            Confirmed("office", "班子会议"), Confirmed("office", "干部职工大会"),
            Confirmed("hwc", "班子会议"),
        };
        var days = Timeline(Policy(NoDigest()), sent => Snapshot(meetings: [RelayMeeting()], confirmations: confirmations, sent: sent),
            new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 24));

        Assert.Empty(days[new DateOnly(2026, 11, 19)]);
        Assert.Empty(days[new DateOnly(2026, 11, 20)]);   // the due day itself is not late
        var monday = days[new DateOnly(2026, 11, 23)];
        Assert.Equal(["relaychase:mt9:hwc:2026-11-23", "relaychase:mt9:srk:2026-11-23"], monday.Select(d => d.Key).ToArray());
        Assert.Equal(["干部职工大会"], monday[0].MissingForms);
        Assert.Equal(["m-hwc-head", "m-hwc-liaison"], monday[0].RecipientMemberIds);
        Assert.Equal(["班子会议", "干部职工大会"], monday[1].MissingForms);
        Assert.Equal(2, days[new DateOnly(2026, 11, 24)].Count);   // again the next working day
    }

    [Fact]
    public void A_fully_confirmed_or_draft_meeting_is_not_chased()
    {
        var meeting = RelayMeeting();
        meeting.Relay[0].UnitIds = ["hwc"];
        var confirmations = new[] { Confirmed("hwc", "班子会议"), Confirmed("hwc", "干部职工大会") };
        Assert.Empty(Policy(NoDigest()).Due(At(2026, 11, 23), Snapshot(meetings: [meeting], confirmations: confirmations)));
        var draft = RelayMeeting();
        draft.Status = MeetingStatus.Draft;
        Assert.Empty(Policy(NoDigest()).Due(At(2026, 11, 23), Snapshot(meetings: [draft])));
    }

    [Fact]
    public void The_office_digest_goes_once_per_working_day_with_counts_by_unit()
    {
        var options = new ReminderOptions { DigestTime = new TimeOnly(9, 30) };
        var soon = Item(new DateOnly(2026, 11, 25), "srk");
        soon.Id = "a7";
        var snapshot = (HashSet<string> sent) => Snapshot([Item(), soon], meetings: [RelayMeeting()], sent: sent);
        var sent = new HashSet<string>();

        Assert.DoesNotContain(Policy(options).Due(At(2026, 11, 23, 9, 10), snapshot(sent)), d => d.Kind == ReminderKind.Digest);
        var digests = new List<ReminderDue>();
        foreach (var at in new[] { At(2026, 11, 23, 9, 30), At(2026, 11, 23, 11), At(2026, 11, 23, 17, 59), At(2026, 11, 24, 9, 45) })
        {
            var due = Policy(options).Due(at, snapshot(sent));
            sent.UnionWith(due.Select(d => d.Key));
            digests.AddRange(due.Where(d => d.Kind == ReminderKind.Digest));
        }
        Assert.Equal(["digest:office:daily:2026-11-23", "digest:office:daily:2026-11-24"], digests.Select(d => d.Key).ToArray());
        var digest = digests[0];
        Assert.Equal(["m-office"], digest.RecipientMemberIds);
        var hwc = digest.Digest.Single(l => l.UnitId == "hwc");
        Assert.Equal(new DigestLine("hwc", "市环卫处", 1, 0, 1), hwc);
        Assert.Equal(new DigestLine("srk", "市容环境管理科", 0, 1, 1), digest.Digest.Single(l => l.UnitId == "srk"));
        Assert.Equal(new DigestLine("office", "局办公室", 0, 0, 1), digest.Digest.Single(l => l.UnitId == "office"));
        Assert.Equal("hwc", digest.Digest[0].UnitId);   // most overdue first
    }

    [Fact]
    public void No_digest_on_a_holiday()
    {
        Assert.Empty(Policy().Due(At(2026, 10, 2, 11), Snapshot([Item()])));
    }

    [Fact]
    public void Options_that_make_no_sense_are_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Policy(new ReminderOptions { WorkdayStart = new TimeOnly(18, 0), WorkdayEnd = new TimeOnly(9, 0) }));
        Assert.Throws<InvalidOperationException>(() => Policy(new ReminderOptions { OverdueCadenceDays = 0 }));
    }
}
