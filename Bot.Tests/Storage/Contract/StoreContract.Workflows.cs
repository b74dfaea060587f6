using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Bulletin;
using ChatBot.Dialogs.Features.Cadence;
using ChatBot.Dialogs.Features.Instruction;
using ChatBot.Dialogs.Features.ReminderSettings;
using ChatBot.Dialogs.Features.Snooze;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Understanding.Cadence;

namespace ChatBot.Bot.Tests.Storage.Contract;

/// <summary>
/// The repositories of the unit workflows (转派 tree, 代理), the leader tools (scoring reads, 本月通报 drafts,
/// 批示) and noise control (稍后提醒, preferences and holds, reporting cadence) promise the same on every
/// provider: what is written inside a write is read back in the same order, rolls back with it, and is
/// there after the store is opened again.
/// </summary>
public abstract partial class StoreContract
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public void Delegations_and_the_pass_down_tree_read_back_in_order_and_survive_a_reopen()
    {
        var location = NewLocation();
        var store = Open(location);
        store.Write(s =>
        {
            var parent = Item(1, "u1");
            s.Items.Add(parent);
            foreach (var n in new[] { 3, 2 }) s.Items.Add(WithParent(Item(n, "u1-sub"), parent));
            s.Items.Add(Item(4, "u1"));
            var delegations = s.Get<IDelegations>();
            delegations.Add(new DelegationRecord { Id = "d2", PrincipalId = "head", DeputyId = "dep", From = Today, To = Today.AddDays(5), CreatedBy = "head", CreatedAt = T0.AddHours(1) });
            delegations.Add(new DelegationRecord { Id = "d1", PrincipalId = "head", DeputyId = "dep2", From = Today, To = Today.AddDays(2), CreatedBy = "head", CreatedAt = T0 });
        });
        Close(store);

        store = Open(location);
        Assert.Equal([2, 3], store.Get<IItemTree>().Children("a1").Select(a => a.Number));
        Assert.Empty(store.Get<IItemTree>().Children("a4"));
        var tree = store.Get<IDelegations>();
        Assert.Equal(["d1", "d2"], tree.OfPrincipal("head").Select(d => d.Id));
        Assert.Equal(["d2"], tree.OfDeputy("dep").Select(d => d.Id));
        var cancelled = tree.Get("d2")!;
        cancelled.CancelledBy = "head";
        cancelled.CancelledAt = T0.AddDays(1);
        store.Write(s => s.Get<IDelegations>().Update(cancelled));
        Assert.Equal("head", store.Get<IDelegations>().All().Single(d => d.Id == "d2").CancelledBy);
    }

    [SkippableFact]
    public void Bulletin_drafts_instructions_and_scoring_reads_agree_on_every_provider()
    {
        var store = Open(NewLocation());
        store.Write(s =>
        {
            s.Items.Add(Item(1, "u1", AssignmentStatus.Closed, Today.AddDays(-3)));
            s.Items.Add(Item(2, "u1", AssignmentStatus.InProgress, Today.AddDays(-1)));
            s.Items.Add(Item(3, "u2", AssignmentStatus.Dispatched, Today.AddDays(10)));
            s.Items.Add(WithParent(Item(4, "u1-sub", AssignmentStatus.InProgress, Today.AddDays(-2)), Item(2, "u1")));
            s.Audit.Append("assignment", "a1", AuditActions.CheckOffApprove, "AwaitingCheckOff", "Closed", "office", At, "act-1");
            s.Audit.Append("assignment", "a2", "report", "Dispatched", "InProgress", "head", At.AddMinutes(1), "act-2");
            s.Audit.Append("assignment", "a1", AuditActions.CheckOffApprove, "AwaitingCheckOff", "Closed", "office", At.AddDays(-30), "act-0");
            s.Meetings.AddConfirmation(new RelayConfirmation { Id = "r1", MeetingId = "mt1", UnitId = "u1" });
            s.Meetings.AddConfirmation(new RelayConfirmation { Id = "r2", MeetingId = "mt9", UnitId = "u2" });
            var drafts = s.Get<IBulletinDrafts>();
            drafts.Put(new BulletinDraft { Id = "b1", OwnerId = "office", Year = 2026, Month = 11, Intro = "旧稿", CreatedAt = T0 });
            drafts.Put(new BulletinDraft { Id = "b2", OwnerId = "office", Year = 2026, Month = 11, Intro = "新稿", CreatedAt = T0.AddHours(2) });
            s.Get<IInstructions>().Add(new InstructionRecord { Id = "i2", AssignmentId = "a2", Number = 2, UnitId = "u1", Text = "请周五前汇报", LeaderId = "leader", At = T0.AddHours(1) });
            s.Get<IInstructions>().Add(new InstructionRecord { Id = "i1", AssignmentId = "a2", Number = 2, UnitId = "u1", Text = "抓紧推进", LeaderId = "leader", At = T0 });
        });

        var scoring = store.Get<IScoringReads>();
        Assert.Equal([(1, false), (2, false), (4, true)], scoring.ItemsDueBetween(Today.AddDays(-5), Today).Select(i => (i.Number, i.PassedDown)).Order());
        var open = Assert.Single(scoring.OpenDueBefore(Today), i => !i.PassedDown);
        Assert.Equal((2, "u1", AssignmentStatus.InProgress, At), (open.Number, open.UnitId, open.Status, open.CreatedAt));
        Assert.Equal([1, 3], scoring.ItemsWithIds(["a1", "a3", "missing"]).Select(i => i.Number).Order());
        Assert.Empty(scoring.ItemsWithIds([]));
        var marks = scoring.AuditSince(At.AddDays(-1), [AuditActions.CheckOffApprove]);
        Assert.Equal(("assignment", "a1", AuditActions.CheckOffApprove, At), (Assert.Single(marks).EntityType, marks[0].EntityId, marks[0].Action, marks[0].At));
        Assert.Equal(["r1"], scoring.ConfirmationsOf(["mt1"]).Select(r => r.Id));

        Assert.Equal(["新稿", "旧稿"], store.Get<IBulletinDrafts>().OfOwner("office").Select(d => d.Intro));
        Assert.Empty(store.Get<IBulletinDrafts>().OfOwner("someone"));
        Assert.Equal(["抓紧推进", "请周五前汇报"], store.Get<IInstructions>().For("a2").Select(i => i.Text));
        Assert.Equal("抓紧推进", store.Get<IInstructions>().Get("i1")?.Text);
    }

    [SkippableFact]
    public void Snoozes_preferences_holds_and_cadence_asks_roll_back_with_the_write_and_read_back()
    {
        var store = Open(NewLocation());
        Assert.Throws<Boom>(() => store.Write(s =>
        {
            s.Get<IReminderSnoozes>().Put(new ReminderSnooze { Id = "m1|item:a1", MemberId = "m1", Subject = "item:a1", Until = T0 });
            s.Get<IReportCadences>().PutAsk(new ReportAsk { Id = "ask1", AssignmentId = "a1", Due = Today, AskedAt = T0 });
            throw new Boom();
        }));
        Assert.Empty(store.Get<IReminderSnoozes>().All());
        Assert.Empty(store.Get<IReportCadences>().Unanswered());

        store.Write(s =>
        {
            var snoozes = s.Get<IReminderSnoozes>();
            snoozes.Put(new ReminderSnooze { Id = "m1|item:a1", MemberId = "m1", Subject = "item:a1", Until = T0 });
            snoozes.Put(new ReminderSnooze { Id = "m1|item:a1", MemberId = "m1", Subject = "item:a1", Until = T0.AddDays(1) });
            snoozes.PutLatest(new LatestReminder { Id = "m1", ReminderKey = "k1", Subject = "item:a1", SentAt = T0 });
            var preferences = s.Get<IReminderPreferences>();
            preferences.Put(new ReminderPreference { Id = "m1", Delivery = ReminderDelivery.Digest, QuietHours = "12:00-14:00", UpdatedAt = T0 });
            preferences.Hold(new ReminderHold { Id = "h1", MemberId = "m1", ReminderKey = "k1", Number = 1, Task = "任务1", Due = Today, HeldAt = T0 });
            preferences.Hold(new ReminderHold { Id = "h2", MemberId = "m1", ReminderKey = "k2", Number = 2, Task = "任务2", HeldAt = T0 });
            var cadences = s.Get<IReportCadences>();
            cadences.Put(new ReportCadence { Id = "a1", Kind = CadenceKind.Weekly, Weekday = DayOfWeek.Friday, SetBy = "office", SetAt = T0 });
            cadences.PutAsk(new ReportAsk { Id = "ask2", AssignmentId = "a1", Due = Today.AddDays(7), AskedAt = T0 });
            cadences.PutAsk(new ReportAsk { Id = "ask1", AssignmentId = "a1", Due = Today, AskedAt = T0, Answer = "onTrack", AnsweredBy = "m1", AnsweredAt = T0.AddHours(1) });
        });

        var snoozed = Assert.Single(store.Get<IReminderSnoozes>().All());
        Assert.Equal(T0.AddDays(1), snoozed.Until);
        Assert.Equal("k1", store.Get<IReminderSnoozes>().Latest("m1")?.ReminderKey);
        Assert.Equal(ReminderDelivery.Digest, store.Get<IReminderPreferences>().Get("m1")?.Delivery);
        store.Write(s => s.Get<IReminderPreferences>().Release("h1"));
        Assert.Equal(["h2"], store.Get<IReminderPreferences>().Holds().Select(h => h.Id));
        Assert.Equal(CadenceKind.Weekly, store.Get<IReportCadences>().Get("a1")?.Kind);
        Assert.Equal(["ask1", "ask2"], store.Get<IReportCadences>().AsksOf("a1").Select(a => a.Id));
        Assert.Equal(["ask2"], store.Get<IReportCadences>().Unanswered().Select(a => a.Id));
        store.Write(s => s.Get<IReportCadences>().Delete("a1"));
        Assert.Null(store.Get<IReportCadences>().Get("a1"));
    }

    private static Assignment WithParent(Assignment item, Assignment parent)
    {
        item.ParentId = parent.Id;
        item.ParentUnitId = parent.UnitId;
        return item;
    }
}
