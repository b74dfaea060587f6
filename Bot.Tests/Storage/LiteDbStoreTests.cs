using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Tests.Storage;

/// <summary>What only the LiteDB provider has: its file, its indexes, its lock.</summary>
public class LiteDbStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Every_record_kind_round_trips_through_the_file()
    {
        using var dir = new TempDir();
        var path = dir.File("store.db");
        using (var store = new LiteDbStore(path))
        {
            store.Write(s =>
            {
                s.Roster.UpsertUnit(new Unit { Id = "u1", Name = "市政工程处", Aliases = ["工程处"], Kind = "处" });
                s.Roster.UpsertMember(new Member { Id = "m1", Name = "张三", Email = "a@b.cn", Memberships = [new() { UnitId = "u1", Role = UnitRole.Head }], UnitIds = ["u1"], BureauRoles = [BureauRole.Leader], Portfolio = ["u1"] });
                s.Meetings.Add(new Meeting { Id = "mt1", Title = "局党组扩大会议", Date = new DateOnly(2026, 11, 20), CreatedAt = At, Relay = [new() { UnitIds = ["*"], Forms = ["班子会议"], Due = new DateOnly(2026, 11, 25), Source = "迅速传达" }] });
                s.Items.AddDirective(new Directive { Id = "d1", MeetingId = "mt1", Number = 1, Task = "推进凤凰山隧道", LeadUnitIds = ["u1"], Due = new DateOnly(2026, 12, 31), Source = "市政工程处务必…" });
                s.Items.Add(new Assignment { Id = "a1", Number = s.NextNumber("assignment"), DirectiveId = "d1", MeetingId = "mt1", UnitId = "u1", Task = "推进凤凰山隧道", Due = new DateOnly(2026, 12, 31), AssigneeMemberIds = ["m1"], CreatedAt = At, UpdatedAt = At });
                s.Meetings.AddConfirmation(new RelayConfirmation { Id = RelayConfirmation.KeyFor("mt1", "u1", "班子会议"), MeetingId = "mt1", UnitId = "u1", Form = "班子会议", HeldOn = new DateOnly(2026, 11, 21), Attendees = 9, ConfirmedBy = "m1", ConfirmedAt = At });
                s.Items.AddReport(new ProgressReport { Id = "p1", AssignmentId = "a1", Text = "完成30%", Percent = 30, ReportedBy = "m1", ReportedAt = At });
                s.Audit.Append("assignment", "a1", "dispatch", null, "Dispatched", "m1", At, "act-1");
                s.Lite().Addresses.Insert(new ConversationAddress { Id = ConversationAddress.ForMember("m1"), MemberId = "m1", ConversationId = "a:1", ServiceUrl = "https://smba.example", Reference = "{}", UpdatedAt = At });
                s.Pending.Put(new PendingState { Id = PendingState.KeyFor("a:1", "m1", "relay"), ConversationId = "a:1", MemberId = "m1", Kind = "relay", Data = "{}", ExpiresAt = At.AddHours(1) });
            });
        }

        using var reopened = new LiteDbStore(path);
        Assert.Equal(["工程处"], reopened.Roster.Unit("u1").Aliases);
        var member = reopened.Roster.Member("m1");
        Assert.True(member.HasRole("u1", UnitRole.Head));
        Assert.True(member.IsLeader);
        var meeting = reopened.Meetings.Get("mt1");
        Assert.Equal(new DateOnly(2026, 11, 20), meeting.Date);
        Assert.Equal(At, meeting.CreatedAt);
        Assert.Equal(new DateOnly(2026, 11, 25), meeting.Relay.Single().Due);
        Assert.Equal(1, reopened.Items.Get("a1").Number);
        Assert.Equal(9, reopened.Meetings.Confirmation("mt1|u1|班子会议").Attendees);
        Assert.Equal(30, reopened.Items.Report("p1").Percent);
        Assert.Equal("dispatch", reopened.Audit.For("a1").Single().Action);
        Assert.Equal("a:1", reopened.Addresses.Get("member:m1").ConversationId);
        Assert.Equal(At.AddHours(1), reopened.Pending.Get("a:1|m1|relay").ExpiresAt);
    }

    [Fact]
    public void Look_ups_answered_from_memory_follow_every_write_and_never_keep_a_rolled_back_one()
    {
        using var dir = new TempDir();
        using var store = new LiteDbStore(dir.File("store.db"));
        store.Write(s => s.Roster.UpsertMember(new Member { Id = "m1", Name = "张三", ChannelUserId = "29:a" }));
        Assert.Equal("m1", store.Roster.MembersByChannelUserId("29:a").Single().Id);
        Assert.Empty(store.Roster.MembersByChannelUserId("29:b"));

        // Every caller gets its own copy: changing what came back changes nothing kept.
        store.Roster.MembersByChannelUserId("29:a").Single().Name = "改了";
        Assert.Equal("张三", store.Roster.MembersByChannelUserId("29:a").Single().Name);

        // Inside a write the transaction sees its own change; after a rollback, the committed state.
        Assert.Throws<InvalidOperationException>(() => store.Write(s =>
        {
            var member = s.Roster.Member("m1")!;
            member.ChannelUserId = "29:b";
            s.Roster.UpdateMember(member);
            Assert.Equal("m1", s.Roster.MembersByChannelUserId("29:b").Single().Id);
            throw new InvalidOperationException("rolled back");
        }));
        Assert.Empty(store.Roster.MembersByChannelUserId("29:b"));
        Assert.Equal("m1", store.Roster.MembersByChannelUserId("29:a").Single().Id);

        // A committed write is seen by the next read.
        store.Write(s =>
        {
            var member = s.Roster.Member("m1")!;
            member.ChannelUserId = "29:b";
            s.Roster.UpdateMember(member);
        });
        Assert.Empty(store.Roster.MembersByChannelUserId("29:a"));
        Assert.Equal("m1", store.Roster.MembersByChannelUserId("29:b").Single().Id);

        // The same for the other look-ups every turn makes: the address, the waiting questions, 代理.
        Assert.Null(store.Addresses.Get("member:m1"));
        store.Write(s => s.Addresses.Put(new ConversationAddress { Id = "member:m1", MemberId = "m1", ConversationId = "a:1", ServiceUrl = "https://smba.example", Reference = "{}", UpdatedAt = At }));
        Assert.Equal("a:1", store.Addresses.Get("member:m1")!.ConversationId);
        Assert.Empty(store.Pending.Of("a:1", "m1"));
        store.Write(s => s.Pending.Put(new PendingState { Id = "a:1|m1|k", ConversationId = "a:1", MemberId = "m1", Kind = "k", Data = "{}", ExpiresAt = At.AddHours(1) }));
        Assert.Equal("k", store.Pending.Of("a:1", "m1").Single().Kind);
        Assert.Empty(store.Pending.Of("a:2", "m1"));
        store.Write(s => s.Pending.Delete("a:1|m1|k"));
        Assert.Empty(store.Pending.Of("a:1", "m1"));
        Assert.Empty(store.Get<IDelegations>().OfDeputy("m2"));
        store.Write(s => s.Get<IDelegations>().Add(new DelegationRecord { Id = "d1", PrincipalId = "m1", DeputyId = "m2", From = new DateOnly(2026, 11, 27), To = new DateOnly(2026, 11, 30), CreatedBy = "m1", CreatedAt = At }));
        Assert.Equal("m1", store.Get<IDelegations>().OfDeputy("m2").Single().PrincipalId);
    }

    [Fact]
    public void The_indexes_the_queries_need_exist()
    {
        using var dir = new TempDir();
        using var store = new LiteDbStore(dir.File("store.db"));
        var indexes = store.Lite().Collection<LiteDB.BsonDocument>("$indexes").FindAll()
            .Select(d => $"{d["collection"].AsString}.{d["name"].AsString}").ToHashSet();
        foreach (var expected in new[] { "assignments.UnitId", "assignments.Status", "assignments.Due", "assignments.assignees", "members.unitIds", "members.AadObjectId", "members.Email", "audit.EntityId", "relay_confirmations.MeetingId" })
            Assert.Contains(expected, indexes);
    }

    [Fact]
    public void A_failed_write_leaves_the_previous_state()
    {
        using var dir = new TempDir();
        using var store = new LiteDbStore(dir.File("store.db"));
        store.Write(s => s.Roster.UpsertUnit(new Unit { Id = "u1", Name = "人事科" }));
        Assert.Throws<InvalidOperationException>(() => store.Write(s =>
        {
            s.Roster.UpsertUnit(new Unit { Id = "u2", Name = "法规科" });
            s.Audit.Append("unit", "u2", "add", null, "法规科", "m1", At, null);
            throw new InvalidOperationException("crash in the middle");
        }));
        Assert.Equal(1, store.Roster.UnitCount());
        Assert.Empty(store.Audit.For("u2"));
    }

    [Fact]
    public void A_second_instance_on_the_same_file_is_refused_with_the_file_name()
    {
        using var dir = new TempDir();
        var path = dir.File("store.db");
        using var first = new LiteDbStore(path);
        var e = Assert.Throws<StoreLockedException>(() => new LiteDbStore(path));
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public async Task Concurrent_writers_never_lose_an_item_number()
    {
        using var dir = new TempDir();
        using var store = new LiteDbStore(dir.File("store.db"));
        var numbers = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => store.Write(s => s.NextNumber("assignment")))));
        Assert.Equal(Enumerable.Range(1, 200), numbers.Order());
    }

    [Fact]
    public void A_fresh_store_used_by_many_threads_at_once_maps_each_document_type_before_any_reads_it()
    {
        // At start the outbox dispatcher, the retention pass and the report trigger all read the outbox
        // at the same instant. LiteDB 5.0.21 caches a type's mapping before filling it in, so a second
        // thread could be told "Member Status not found" and the dispatcher stopped the host.
        for (var round = 0; round < 40; round++)
        {
            using var store = new LiteDbStore(new MemoryStream());
            using var start = new Barrier(4);
            var readers = Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(() =>
            {
                start.SignalAndWait();
                return store.Collections.Collection<ChatBot.Bot.Outbox.OutboxMessage>("outbox")
                    .Find(m => m.Status == ChatBot.Bot.Outbox.OutboxStatus.Sending && m.DueAt != null).Count();
            }, TaskCreationOptions.LongRunning)).ToArray();
            Assert.All(readers.Select(r => r.GetAwaiter().GetResult()), count => Assert.Equal(0, count));
        }
    }
}
