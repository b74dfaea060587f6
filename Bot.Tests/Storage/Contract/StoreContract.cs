using ChatBot.Bot.Channel;
using ChatBot.Bot.Channel.Files;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Storage;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Tests.Storage.Contract;

/// <summary>
/// What every store provider promises, written against the seam only. A provider's test class derives
/// from this and says how to open its store at a location (a file, a database); the same facts then
/// hold for it: a change is all-or-nothing, a write inside a write joins it, the audit log only grows,
/// numbers are never handed out twice, the 我的待办 queries return the right rows, and what was
/// committed is there after the store is opened again.
/// </summary>
public abstract partial class StoreContract : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 27);
    private readonly List<IStore> _open = [];

    /// <summary>A fresh, empty location for a store of this provider.</summary>
    protected abstract string NewLocation();

    /// <summary>Opens (or reopens) the provider's store at <paramref name="location"/>.</summary>
    protected abstract IStore OpenAt(string location);

    protected IStore Open(string location)
    {
        var store = OpenAt(location);
        _open.Add(store);
        return store;
    }

    protected void Close(IStore store)
    {
        _open.Remove(store);
        store.Dispose();
    }

    public virtual void Dispose()
    {
        foreach (var store in _open) store.Dispose();
        _open.Clear();
        GC.SuppressFinalize(this);
    }

    private sealed class Boom : Exception;

    private static Assignment Item(int n, string unitId, AssignmentStatus status = AssignmentStatus.Dispatched, DateOnly? due = null, params string[] assignees) => new()
    {
        Id = $"a{n}", Number = n, DirectiveId = $"d{n}", MeetingId = "mt1", UnitId = unitId, Task = $"任务{n}",
        Due = due, Status = status, AssigneeMemberIds = [.. assignees], CreatedAt = At, UpdatedAt = At,
    };

    [SkippableFact]
    public void A_change_that_throws_leaves_nothing_behind()
    {
        var store = Open(NewLocation());
        var commits = store.Commits;

        Assert.Throws<Boom>(() => store.Write(s =>
        {
            s.Roster.UpsertUnit(new Unit { Id = "u1", Name = "市政工程处" });
            s.Items.Add(Item(s.Sequences.Next("assignment"), "u1"));
            s.Audit.Append("assignment", "a1", "create", null, "Dispatched", "m1", At, "act-1");
            s.Pending.Put(new PendingState { Id = "c|m1|k", ConversationId = "c", MemberId = "m1", Kind = "k", ExpiresAt = At.AddHours(1) });
            throw new Boom();
        }));

        Assert.Null(store.Roster.Unit("u1"));
        Assert.Null(store.Items.Get("a1"));
        Assert.Empty(store.Audit.For("a1"));
        Assert.Null(store.Pending.Get("c|m1|k"));
        Assert.Equal(0, store.Sequences.Current("assignment"));
        Assert.Equal(0, store.Version());
        Assert.Equal(commits, store.Commits);
        Assert.False(store.InTransaction);
    }

    [SkippableFact]
    public void A_write_inside_a_write_joins_it_and_rolls_back_with_it()
    {
        var store = Open(NewLocation());

        Assert.Throws<Boom>(() => store.Write(s =>
        {
            s.Roster.UpsertUnit(new Unit { Id = "u1", Name = "市政工程处" });
            store.Write(inner => inner.Roster.UpsertUnit(new Unit { Id = "u2", Name = "局人事科" }));
            // The inner write is not on its own: nothing is visible as committed until the outer ends.
            Assert.True(store.InTransaction);
            throw new Boom();
        }));
        Assert.Empty(store.Roster.Units());

        var commits = store.Commits;
        store.Write(s =>
        {
            s.Roster.UpsertUnit(new Unit { Id = "u1", Name = "市政工程处" });
            store.Write(inner => inner.Roster.UpsertUnit(new Unit { Id = "u2", Name = "局人事科" }));
        });
        Assert.Equal(commits + 1, store.Commits);
        Assert.Equal(["u1", "u2"], store.Roster.Units().Select(u => u.Id).Order());
    }

    [SkippableFact]
    public void Reads_inside_a_write_see_what_the_write_did_so_far()
    {
        var store = Open(NewLocation());
        store.Write(s =>
        {
            s.Items.Add(Item(1, "u1"));
            Assert.Equal("任务1", store.Items.ByNumber(1)?.Task);
            Assert.Single(store.Items.OpenOfUnit("u1"));
        });
    }

    [SkippableFact]
    public void The_audit_log_only_grows_in_the_order_things_happened()
    {
        var methods = typeof(IAuditLog).GetMethods().Select(m => m.Name).Order().ToList();
        Assert.Equal(["Append", "For"], methods);

        var store = Open(NewLocation());
        store.Write(s => s.Audit.Append("assignment", "a1", "create", null, "Dispatched", "m1", At, "act-1"));
        store.Write(s => s.Audit.Append("assignment", "a1", "signFor", "Dispatched", "SignedFor", "m2", At, "act-2"));
        store.Write(s => s.Audit.Append("assignment", "a2", "create", null, "Dispatched", "m1", At.AddMinutes(-5), "act-3"));

        var history = store.Audit.For("a1");
        Assert.Equal(["create", "signFor"], history.Select(e => e.Action));
        Assert.True(history[0].Seq < history[1].Seq);
        Assert.All(history, e => Assert.False(string.IsNullOrEmpty(e.Id)));
        Assert.Equal("act-2", history[1].ActivityId);
        Assert.Equal(3, store.Version());
    }

    [SkippableFact]
    public void A_number_once_committed_is_never_handed_out_again()
    {
        var location = NewLocation();
        var store = Open(location);
        var taken = new List<int>();
        for (var i = 0; i < 3; i++) taken.Add(store.Write(s => s.Sequences.Next("assignment")));
        Assert.Throws<Boom>(() => store.Write<int>(s => { s.Sequences.Next("assignment"); throw new Boom(); }));
        taken.Add(store.Write(s => s.Sequences.Next("assignment")));
        // Sequences are independent of each other.
        Assert.Equal(1, store.Write(s => s.Sequences.Next("other")));
        Close(store);

        var reopened = Open(location);
        taken.Add(reopened.Write(s => s.Sequences.Next("assignment")));
        Assert.Equal(taken.Count, taken.Distinct().Count());
        Assert.Equal(taken.Order(), taken);
        Assert.Equal(taken[^1], reopened.Sequences.Current("assignment"));
    }

    [SkippableFact]
    public async Task Concurrent_writers_each_get_their_own_number()
    {
        var store = Open(NewLocation());
        var numbers = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => store.Write(s => s.Sequences.Next("assignment")))))
            .WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(Enumerable.Range(1, 100), numbers.Order());
    }

    [SkippableFact]
    public void The_open_items_queries_return_the_right_rows()
    {
        var store = Open(NewLocation());
        store.Write(s =>
        {
            s.Items.Add(Item(1, "u1", AssignmentStatus.Dispatched, Today.AddDays(5), "m1"));
            s.Items.Add(Item(2, "u1", AssignmentStatus.Closed, Today.AddDays(-3), "m1"));
            s.Items.Add(Item(3, "u1", AssignmentStatus.CheckOffRequested, Today.AddDays(1)));
            s.Items.Add(Item(4, "u2", AssignmentStatus.InProgress, Today.AddDays(-1), "m1", "m2"));
            s.Items.Add(Item(5, "u2", AssignmentStatus.SentBack, null));
            s.Items.Add(Item(6, "u2", AssignmentStatus.Closed, Today));
        });

        static IEnumerable<int> Numbers(IEnumerable<ItemRow> rows) => rows.Select(r => r.Number).Order();
        Assert.Equal([1, 2, 4], Numbers(store.Items.RowsOfAssignee("m1")));
        Assert.Equal([4], Numbers(store.Items.RowsOfAssignee("m2")));
        Assert.Empty(store.Items.RowsOfAssignee("nobody"));
        Assert.Equal([1, 3], Numbers(store.Items.RowsOfUnit("u1", withClosed: false)));
        Assert.Equal([1, 2, 3], Numbers(store.Items.RowsOfUnit("u1", withClosed: true)));
        Assert.Equal([3, 5], Numbers(store.Items.RowsWithStatus([AssignmentStatus.CheckOffRequested, AssignmentStatus.SentBack])));
        Assert.Equal([2, 6], Numbers(store.Items.RowsWithStatus([AssignmentStatus.Closed])));

        var row = store.Items.RowsOfUnit("u2", withClosed: false).Single(r => r.Number == 4);
        Assert.Equal(new ItemRow("a4", 4, Today.AddDays(-1), AssignmentStatus.InProgress, "u2", "mt1", "任务4"), row);
        Assert.Null(store.Items.RowsOfUnit("u2", withClosed: false).Single(r => r.Number == 5).Due);

        Assert.Equal([1, 3], store.Items.OpenOfUnit("u1").Select(a => a.Number));
        Assert.Equal([1, 2, 4], store.Items.OfAssignee("m1").Select(a => a.Number));
        Assert.Equal([1, 3, 4, 5], store.Items.Open().Select(a => a.Number).Order());
        Assert.Equal([4, 3, 1], store.Items.OpenDueBetween(Today.AddDays(-2), Today.AddDays(5)).Select(a => a.Number));
        Assert.Equal("a3", store.Items.ByNumber(3)?.Id);
        Assert.Null(store.Items.ByNumber(99));
        Assert.Equal([4, 5, 6], store.Items.OfMeetingAndUnit("mt1", "u2").Select(a => a.Number));
    }

    [SkippableFact]
    public void The_roster_is_found_by_account_unit_and_role()
    {
        var store = Open(NewLocation());
        store.Write(s =>
        {
            s.Roster.AddUnits([new Unit { Id = "u1", Name = "市政工程处" }, new Unit { Id = "u2", Name = "局人事科" }]);
            s.Roster.AddMembers([
                new Member { Id = "m1", Name = "张三", Email = "zhang@bureau.cn", AadObjectId = "aad-1", ChannelUserId = "29:one", UnitIds = ["u1"],
                    Memberships = [new() { UnitId = "u1", Role = UnitRole.Head }] },
                new Member { Id = "m2", Name = "李四", UnitIds = ["u1", "u2"], BureauRoles = [BureauRole.Office] },
                new Member { Id = "m3", Name = "张三", UnitIds = ["u2"] },
            ]);
        });

        Assert.Equal("m1", store.Roster.MemberByAadObjectId("aad-1")?.Id);
        Assert.Equal("m1", store.Roster.MemberByEmail("zhang@bureau.cn")?.Id);
        Assert.Equal(["m1"], store.Roster.MembersByChannelUserId("29:one").Select(m => m.Id));
        Assert.Equal(["m1", "m2"], store.Roster.MembersOf("u1").Select(m => m.Id).Order());
        Assert.Equal(["m2"], store.Roster.MembersWith(BureauRole.Office).Select(m => m.Id));
        Assert.Equal(["m1", "m3"], store.Roster.MembersNamed("张三").Select(m => m.Id).Order());
        Assert.Equal("u2", store.Roster.UnitNamed("局人事科")?.Id);
        Assert.Equal((2, 3), (store.Roster.UnitCount(), store.Roster.MemberCount()));

        store.Write(s => s.Roster.DeleteMember("m3"));
        Assert.Empty(store.Roster.MembersOf("u2").Where(m => m.Id == "m3"));
    }

    [SkippableFact]
    public void Every_record_is_there_after_the_store_is_opened_again()
    {
        var location = NewLocation();
        var store = Open(location);
        store.Write(s =>
        {
            s.Roster.AddUnits([new Unit { Id = "u1", Name = "市政工程处", Aliases = ["工程处"] }]);
            s.Roster.AddMembers([new Member { Id = "m1", Name = "张三", UnitIds = ["u1"], BureauRoles = [BureauRole.Leader], Portfolio = ["u1"] }]);
            s.Meetings.Add(new Meeting { Id = "mt1", Title = "局务会议", Date = Today, CreatedAt = At, Status = MeetingStatus.Dispatched });
            s.Meetings.AddConfirmation(new RelayConfirmation { Id = RelayConfirmation.KeyFor("mt1", "u1", "班子会议"), MeetingId = "mt1", UnitId = "u1", Form = "班子会议", HeldOn = Today, Attendees = 9, ConfirmedBy = "m1", ConfirmedAt = At });
            s.Meetings.AddReceipt(new UnitReceipt { Id = UnitReceipt.KeyFor("mt1", "u1"), MeetingId = "mt1", UnitId = "u1", SignedBy = "m1", SignedAt = At });
            s.Items.AddDirective(new Directive { Id = "d1", MeetingId = "mt1", Number = 1, Task = "推进工程", LeadUnitIds = ["u1"], Due = Today.AddDays(30) });
            s.Items.Add(Item(s.Sequences.Next("assignment"), "u1", AssignmentStatus.SignedFor, Today.AddDays(30), "m1"));
            s.Items.AddReport(new ProgressReport { Id = "p1", AssignmentId = "a1", Text = "完成30%", Percent = 30, ReportedBy = "m1", ReportedAt = At });
            s.CheckOffs.Add(new CheckOffRecord { Id = "c1", AssignmentId = "a1", Number = 1, UnitId = "u1", Note = "已完成", RequestedBy = "m1", RequestedAt = At });
            s.Audit.Append("assignment", "a1", "signFor", "Dispatched", "SignedFor", "m1", At, "act-1");
            s.Pending.Put(new PendingState { Id = PendingState.KeyFor("c1", "m1", "relay"), ConversationId = "c1", MemberId = "m1", Kind = "relay", Data = "{}", SetAt = At, ExpiresAt = At.AddHours(1) });
            s.IntakeDrafts.Put(new IntakeDraftRecord { Id = "draft1", ReviewerId = "m1", ConversationId = "c1", ExpiresAt = At.AddHours(2), KeepUntil = At.AddDays(1), Data = "{}" });
            s.Reminders.PutPause(new ReminderPause { Id = "m1", Until = Today.AddDays(2), CreatedAt = At });
            s.Reminders.AddSent(new SentReminderLog { Id = "yellow:a1:2026-11-27", Kind = ReminderKind.Approaching, Day = Today, RecipientMemberIds = ["m1"], SentAt = At });
            s.Addresses.Put(new ConversationAddress { Id = ConversationAddress.ForMember("m1"), MemberId = "m1", ConversationId = "a:1", ServiceUrl = "https://smba.example/", ServiceUrlTrusted = true, TenantId = "t1", UpdatedAt = At });
        });
        Close(store);

        var reopened = Open(location);
        Assert.Equal(["工程处"], reopened.Roster.Unit("u1")?.Aliases);
        Assert.True(reopened.Roster.Member("m1")?.IsLeader);
        Assert.Equal(Today, reopened.Meetings.Get("mt1")?.Date);
        Assert.Equal(At, reopened.Meetings.Get("mt1")?.CreatedAt);
        Assert.Equal(["mt1"], reopened.Meetings.WithStatus(MeetingStatus.Dispatched).Select(m => m.Id));
        Assert.Equal(9, reopened.Meetings.ConfirmationsOf("mt1", "u1").Single().Attendees);
        Assert.Equal(At, reopened.Meetings.Receipt("mt1", "u1")?.SignedAt);
        Assert.Equal(["d1"], reopened.Items.DirectivesOf("mt1").Select(d => d.Id));
        Assert.Equal(Today.AddDays(30), reopened.Items.Get("a1")?.Due);
        Assert.Equal(30, reopened.Items.ReportsOf("a1").Single().Percent);
        Assert.Equal("已完成", reopened.CheckOffs.For("a1").Single().Note);
        Assert.Equal("signFor", reopened.Audit.For("a1").Single().Action);
        Assert.Equal(At.AddHours(1), reopened.Pending.Of("c1", "m1").Single().ExpiresAt);
        Assert.Equal("m1", reopened.IntakeDrafts.Get("draft1")?.ReviewerId);
        Assert.True(reopened.Reminders.Pause("m1")?.Covers(Today));
        Assert.True(reopened.Reminders.WasSent("yellow:a1:2026-11-27"));
        Assert.Equal("t1", reopened.Addresses.AnyTenantId());
        Assert.Equal("a:1", reopened.Addresses.AnyReachableTrusted()?.ConversationId);
        Assert.Equal(1, reopened.Version());
    }

    [SkippableFact]
    public void The_smaller_records_answer_what_their_callers_ask()
    {
        var store = Open(NewLocation());
        store.Write(s =>
        {
            s.Reminders.AddSent(new SentReminderLog { Id = "old", Day = Today.AddDays(-40), SentAt = At });
            s.Reminders.AddSent(new SentReminderLog { Id = "new", Day = Today, SentAt = At });
            s.Addresses.Put(new ConversationAddress { Id = ConversationAddress.ForConversation("19:ch"), ConversationId = "19:ch", ConversationType = "channel" });
            s.Addresses.Put(new ConversationAddress { Id = ConversationAddress.ForConversation("19:ch;messageid=1"), ConversationId = "19:ch;messageid=1", ConversationType = "channel" });
            s.Addresses.Put(new ConversationAddress { Id = ConversationAddress.ForConversation("19:chat"), ConversationId = "19:chat", ConversationType = "groupChat" });
            s.CheckOffs.Add(new CheckOffRecord { Id = "c2", AssignmentId = "a1", RequestedAt = At.AddHours(1) });
            s.CheckOffs.Add(new CheckOffRecord { Id = "c1", AssignmentId = "a1", RequestedAt = At, Decision = CheckOffDecision.SentBack });
            s.Pending.Put(new PendingState { Id = "conv|m1|a", ConversationId = "conv", MemberId = "m1", Kind = "a" });
            s.Pending.Put(new PendingState { Id = "conv|m1|b", ConversationId = "conv", MemberId = "m1", Kind = "b" });
            s.Pending.Put(new PendingState { Id = "other|m1|a", ConversationId = "other", MemberId = "m1", Kind = "a" });
        });

        Assert.Equal(1, store.Write(s => s.Reminders.PruneSentBefore(Today.AddDays(-30))));
        Assert.Equal(["new"], store.Reminders.SentKeys());
        Assert.Equal(["19:ch", "19:ch;messageid=1"], store.Addresses.InConversation("19:ch").Select(a => a.ConversationId).Order());
        Assert.Equal(["c1", "c2"], store.CheckOffs.For("a1").Select(c => c.Id));
        Assert.Equal(["a", "b"], store.Pending.Of("conv", "m1").Select(p => p.Kind).Order());
        store.Write(s => s.Pending.Delete("conv|m1|a"));
        Assert.Equal(["b"], store.Pending.Of("conv", "m1").Select(p => p.Kind));
    }

    [SkippableFact]
    public void The_outbox_hands_out_due_messages_oldest_first_and_nothing_twice()
    {
        var store = Open(NewLocation());
        OutboxMessage Message(string key, OutboxStatus status, DateTimeOffset? due) => new()
        {
            Id = key, MemberId = "m1", Status = status, DueAt = due, NextAttemptAt = due ?? At, CreatedAt = At, UpdatedAt = At,
        };
        store.Write(s =>
        {
            var outbox = s.Get<IOutboxRepository>();
            outbox.Add(Message("dispatch:mt1:m1", OutboxStatus.Pending, At.AddMinutes(2)));
            outbox.Add(Message("dispatch:mt1:m2", OutboxStatus.Pending, At.AddMinutes(1)));
            outbox.Add(Message("dispatch:mt10:m1", OutboxStatus.Failed, null));
            outbox.Add(Message("later", OutboxStatus.Pending, At.AddHours(1)));
        });

        var repository = store.Get<IOutboxRepository>();
        Assert.Equal(["dispatch:mt1:m2", "dispatch:mt1:m1"], repository.Due(At.AddMinutes(5), 10).Select(m => m.Id));
        Assert.Equal(["dispatch:mt1:m2"], repository.Due(At.AddMinutes(5), 1).Select(m => m.Id));
        Assert.Equal(At.AddMinutes(1), repository.NextDueAt());
        Assert.Equal(["dispatch:mt1:m1", "dispatch:mt1:m2"], repository.WithKeyPrefix("dispatch:mt1:").Select(m => m.Id).Order());
        Assert.Equal(3, repository.Count(OutboxStatus.Pending));
        Assert.Equal(["dispatch:mt10:m1"], repository.FailedTo("m1").Select(m => m.Id));
    }

    [SkippableFact]
    public void The_outbox_answers_the_dispatcher_the_report_and_the_pruning()
    {
        var store = Open(NewLocation());
        OutboxMessage Message(string key, OutboxStatus status, int minutes, string? member = "m1", string? conversation = null, string? updateOf = null) => new()
        {
            Id = key, MemberId = member, ConversationId = conversation, Status = status, UpdateOfKey = updateOf,
            DueAt = status == OutboxStatus.Pending ? At.AddMinutes(minutes) : null, NextAttemptAt = At.AddMinutes(minutes),
            CreatedAt = At.AddMinutes(minutes), UpdatedAt = At.AddMinutes(minutes), SentAt = status == OutboxStatus.Sent ? At.AddMinutes(minutes) : null,
        };
        store.Write(s =>
        {
            var outbox = s.Get<IOutboxRepository>();
            outbox.Add(Message("sent-old", OutboxStatus.Sent, -60));
            outbox.Add(Message("sent-new", OutboxStatus.Sent, 10));
            outbox.Add(Message("failed-1", OutboxStatus.Failed, 1));
            outbox.Add(Message("failed-2", OutboxStatus.Failed, 2));
            outbox.Add(Message("failed-channel", OutboxStatus.Failed, 3, member: null, conversation: "19:ch"));
            outbox.Add(Message("sending", OutboxStatus.Sending, -5));
            outbox.Add(Message("update-1", OutboxStatus.Pending, 4, updateOf: "card"));
            outbox.Add(Message("update-2", OutboxStatus.Sent, 5, updateOf: "card"));
        });

        var outbox = store.Get<IOutboxRepository>();
        Assert.Equal(["failed-channel", "failed-2"], outbox.Failed(2).Select(m => m.Id));
        Assert.Equal(["failed-1", "failed-2"], outbox.FailedTo("m1").Select(m => m.Id).Order());
        Assert.Equal(["failed-channel"], outbox.FailedToConversation("19:ch").Select(m => m.Id));
        Assert.Equal(At.AddMinutes(-5), outbox.OldestUnsent());
        Assert.Equal(["sent-new", "sent-old", "update-2"], outbox.WithStatus(OutboxStatus.Sent).Select(m => m.Id).Order());
        Assert.Equal(["sent-old"], outbox.SentBefore(At));
        Assert.Equal(["card"], outbox.UpdatedSince(At));
        Assert.Empty(outbox.UpdatedSince(At.AddHours(1)));
        Assert.True(outbox.HasUpdatesOf("card"));
        Assert.Equal(1, store.Write(s => s.Get<IOutboxRepository>().DeletePendingUpdatesOf("card")));
        Assert.Null(outbox.Get("update-1"));
        Assert.Equal(0, outbox.Count(OutboxStatus.Pending));
        Assert.Null(outbox.NextDueAt());

        var sending = outbox.Get("sending")!;
        sending.Status = OutboxStatus.Sent;
        sending.SentActivityId = "act-9";
        store.Write(s => s.Get<IOutboxRepository>().Update(sending));
        Assert.Equal("act-9", outbox.Get("sending")?.SentActivityId);
        Assert.Null(outbox.OldestUnsent());
    }

    [SkippableFact]
    public void The_host_records_keep_what_the_channel_needs_and_prune_by_age()
    {
        var store = Open(NewLocation());
        store.Write(s =>
        {
            s.Get<IPostedCardRepository>().Add(new ProactiveDelivery.PostedCard { Id = "status:mt1", FirstKey = "status:mt1:1", Version = 1 });
            s.Get<IWelcomedRepository>().Add(new WelcomeOnce.Welcomed { Id = "a:1", At = At, Known = true });
            s.Get<IProcessedActivityRepository>().Put(new ActivityDedupe.Seen { Id = "old", At = At.AddDays(-3) });
            s.Get<IProcessedActivityRepository>().Put(new ActivityDedupe.Seen { Id = "new", At = At, RunningIn = "p1" });
            s.Get<IFileOfferRepository>().Add(new FileOffer { Id = "f-old", MemberId = "m1", Name = "台账.xlsx", Content = [1, 2, 3], Size = 3, OfferedAt = At.AddDays(-2) });
            s.Get<IFileOfferRepository>().Add(new FileOffer { Id = "f-new", MemberId = "m1", Name = "督办单.docx", Content = [4, 5], Size = 2, OfferedAt = At });
        });

        var card = store.Get<IPostedCardRepository>().Get("status:mt1")!;
        card.Version = 2;
        store.Write(s => s.Get<IPostedCardRepository>().Update(card));
        Assert.Equal(2, store.Get<IPostedCardRepository>().All().Single().Version);
        Assert.True(store.Get<IWelcomedRepository>().Get("a:1")?.Known);
        Assert.Equal(2, store.Get<IProcessedActivityRepository>().Count());
        Assert.Equal(1, store.Write(s => s.Get<IProcessedActivityRepository>().PruneBefore(At.AddDays(-1))));
        Assert.Equal("p1", store.Get<IProcessedActivityRepository>().All().Single().RunningIn);
        Assert.Equal(1, store.Write(s => s.Get<IFileOfferRepository>().PruneBefore(At.AddDays(-1))));
        Assert.Equal(new byte[] { 4, 5 }, store.Get<IFileOfferRepository>().Get("f-new")?.Content);
        Assert.Null(store.Get<IFileOfferRepository>().Get("f-old"));
        store.Write(s => s.Get<IWelcomedRepository>().Delete("a:1"));
        Assert.Null(store.Get<IWelcomedRepository>().Get("a:1"));
    }

    [SkippableFact]
    public void Unit_workflow_records_come_back_oldest_first_and_an_update_of_nothing_adds_nothing()
    {
        var store = Open(NewLocation());
        store.Write(s =>
        {
            s.Extensions.Add(new ExtensionRecord { Id = "e2", AssignmentId = "a1", ToDue = Today.AddDays(20), RequestedAt = At.AddHours(1) });
            s.Extensions.Add(new ExtensionRecord { Id = "e1", AssignmentId = "a1", ToDue = Today.AddDays(10), RequestedAt = At, Decision = ExtensionDecision.Refused });
            s.Reassignments.Add(new ReassignRecord { Id = "r1", AssignmentId = "a1", FromUnitId = "u1", RequestedAt = At });
            s.Meetings.Update(new Meeting { Id = "nowhere", Title = "不存在" });
            s.Items.Update(new Assignment { Id = "nowhere", Number = 77 });
        });
        Assert.Equal(["e1", "e2"], store.Extensions.For("a1").Select(e => e.Id));
        Assert.Equal(["e1", "e2"], store.Extensions.All().Select(e => e.Id));
        Assert.Equal(Today.AddDays(20), store.Extensions.Get("e2")?.ToDue);
        Assert.Equal("u1", store.Reassignments.For("a1").Single().FromUnitId);
        Assert.Null(store.Meetings.Get("nowhere"));
        Assert.Null(store.Items.ByNumber(77));

        var record = store.Reassignments.Get("r1")!;
        record.Decision = ReassignDecision.Reassigned;
        record.ToUnitId = "u2";
        store.Write(s => s.Reassignments.Update(record));
        Assert.Equal("u2", store.Reassignments.All().Single().ToUnitId);
    }
}
