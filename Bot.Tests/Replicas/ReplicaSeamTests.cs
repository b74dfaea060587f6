using ChatBot.Bot.Channel;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Replicas;
using ChatBot.Bot.Storage;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage.PostgreSql;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.Replicas;

/// <summary>
/// The replicas' seams on each provider: leases (one holder, expiry, renewal, release), and on PostgreSQL two
/// stores on one database standing for two replicas: outbox claims that never hand a message to both, a dead
/// sender's claims taken over once expired, and turn claims that give an activity one effect.
/// </summary>
public abstract class ReplicaSeamTests : IDisposable
{
    private readonly List<IStore> _opened = [];

    protected abstract string NewLocation();
    protected abstract IStore OpenAt(string location);

    protected IStore Open(string location)
    {
        var store = OpenAt(location);
        _opened.Add(store);
        return store;
    }

    public virtual void Dispose()
    {
        foreach (var store in _opened) store.Dispose();
    }

    [SkippableFact]
    public async Task A_lease_has_one_holder_until_it_expires_or_is_released()
    {
        var leases = Open(NewLocation()).Get<ILeases>();
        Assert.True(leases.TryAcquire("job", "a", TimeSpan.FromSeconds(30)));
        Assert.False(leases.TryAcquire("job", "b", TimeSpan.FromSeconds(30)));
        Assert.True(leases.TryAcquire("job", "a", TimeSpan.FromMilliseconds(300)));
        Assert.Equal("a", leases.Current("job")!.Holder);
        await Task.Delay(600); // past the renewed lease
        Assert.Null(leases.Current("job"));
        Assert.True(leases.TryAcquire("job", "b", TimeSpan.FromSeconds(30)));
        Assert.False(leases.TryAcquire("job", "a", TimeSpan.FromSeconds(30)));
        leases.Release("job", "a"); // not a's to release
        Assert.Equal("b", leases.Current("job")!.Holder);
        leases.Release("job", "b");
        Assert.True(leases.TryAcquire("job", "a", TimeSpan.FromSeconds(30)));
    }

    [SkippableFact]
    public async Task Leadership_is_held_by_one_replica_and_handed_over_when_it_stops()
    {
        var location = NewLocation();
        var options = Options.Create(new ReplicaOptions { LeaseSeconds = 30 });
        var first = new Leadership(Open(location), new ReplicaIdentity("one"), options, NullLogger<Leadership>.Instance);
        var second = new Leadership(Open(location), new ReplicaIdentity("two"), options, NullLogger<Leadership>.Instance);
        Assert.True(first.Holds(Leadership.Reminders));
        Assert.False(second.Holds(Leadership.Reminders));
        Assert.StartsWith("one/", first.Current(Leadership.Reminders)!.Holder);
        await first.StopAsync(CancellationToken.None);
        // The standby asks again after a third of the lease; a new instance asks at once.
        var third = new Leadership(Open(location), new ReplicaIdentity("three"), options, NullLogger<Leadership>.Instance);
        Assert.True(third.Holds(Leadership.Reminders));
    }
}

public sealed class LiteDbReplicaSeamTests : ReplicaSeamTests
{
    private readonly TempDir _dir = new();
    private readonly Dictionary<string, IStore> _byPath = [];

    protected override string NewLocation() => Path.Combine(_dir.Path, $"{Guid.NewGuid():N}.db");

    // One process per file: "replicas" of a LiteDB store share the one open store.
    protected override IStore OpenAt(string location) =>
        _byPath.TryGetValue(location, out var open) ? new Unowned(open) : _byPath[location] = new LiteDbStore(location);

    public override void Dispose()
    {
        base.Dispose();
        _dir.Dispose();
    }

    private sealed class Unowned(IStore store) : IStore
    {
        public ChatBot.Dialogs.Storage.IItemRepository Items => store.Items;
        public ChatBot.Dialogs.Storage.IMeetingRepository Meetings => store.Meetings;
        public ChatBot.Dialogs.Storage.IRosterRepository Roster => store.Roster;
        public ChatBot.Dialogs.Storage.IAuditLog Audit => store.Audit;
        public ChatBot.Dialogs.Storage.ISequences Sequences => store.Sequences;
        public ChatBot.Dialogs.Storage.IPendingQuestions Pending => store.Pending;
        public ChatBot.Dialogs.Storage.IIntakeDraftRepository IntakeDrafts => store.IntakeDrafts;
        public ChatBot.Dialogs.Storage.ICheckOffRepository CheckOffs => store.CheckOffs;
        public ChatBot.Dialogs.Storage.IExtensionRequests Extensions => store.Extensions;
        public ChatBot.Dialogs.Storage.IReassignRequests Reassignments => store.Reassignments;
        public ChatBot.Dialogs.Storage.IReminderLog Reminders => store.Reminders;
        public ChatBot.Dialogs.Storage.IUnmatchedUserRepository UnmatchedUsers => store.UnmatchedUsers;
        public ChatBot.Dialogs.Storage.IDispatchResendRepository DispatchResends => store.DispatchResends;
        public ChatBot.Dialogs.Storage.IAddressRepository Addresses => store.Addresses;
        public T Get<T>() where T : class => store.Get<T>();
        public T Write<T>(Func<IStoreSession, T> change) => store.Write(change);
        public bool InTransaction => store.InTransaction;
        public string Path => store.Path;
        public long Commits => store.Commits;
        public ChatBot.Dialogs.Storage.INoticeRecorder? Notices { get => store.Notices; set => store.Notices = value; }
        public bool IsReachable() => store.IsReachable();
        public void Dispose() { }
    }
}

public sealed class PostgreSqlReplicaSeamTests : ReplicaSeamTests
{
    protected override string NewLocation() => PostgreSql.NewDatabase("replicas");
    protected override IStore OpenAt(string location) => new PostgreSqlStore(location);

    private static IReadOnlyList<OutboxItem> Messages(int count) => Enumerable.Range(0, count).Select(i => new OutboxItem($"m:{i:000}",
        OutboxTarget.Conversation("t", "http://127.0.0.1:9/", $"a:{i}"), new Activity { Type = Activity.Types.Message, Text = $"{i}" })).ToList();

    [SkippableFact]
    public async Task Two_senders_claiming_at_once_never_both_get_a_message()
    {
        var location = NewLocation();
        var outboxes = new[] { Open(location), Open(location) }.Select(s => new ChatBot.Bot.Outbox.Outbox(s, TimeProvider.System)).ToArray();
        outboxes[0].Enqueue(Messages(300));
        // Each reads the same due messages and claims them, as two leaders would in the moment both believe they lead.
        var claims = await Task.WhenAll(outboxes.Select((outbox, n) => Task.Run(() =>
        {
            var mine = new List<string>();
            while (outbox.Due(DateTimeOffset.UtcNow, 40) is { Count: > 0 } due)
                mine.AddRange(outbox.MarkSending(due, $"sender-{n}", DateTimeOffset.UtcNow.AddMinutes(1)).Select(m => m.Id));
            return mine;
        })));
        Assert.Equal(300, claims.Sum(c => c.Count));
        Assert.Empty(claims[0].Intersect(claims[1]));
        Assert.Equal(300, outboxes[0].Counts().Sending);
    }

    [SkippableFact]
    public void A_dead_senders_messages_are_taken_over_once_its_claim_expired_and_a_live_ones_never()
    {
        var location = NewLocation();
        var dead = new ChatBot.Bot.Outbox.Outbox(Open(location), TimeProvider.System);
        var live = new ChatBot.Bot.Outbox.Outbox(Open(location), TimeProvider.System);
        dead.Enqueue(Messages(4));
        var due = dead.Due(DateTimeOffset.UtcNow, 10);
        dead.MarkSending(due.Take(2).ToList(), "dead", DateTimeOffset.UtcNow.AddSeconds(-1));
        live.MarkSending(due.Skip(2).ToList(), "live", DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Equal(2, live.RecoverInterrupted("survivor"));
        var recovered = live.Find("m:000")!;
        Assert.Equal(OutboxStatus.Pending, recovered.Status);
        Assert.Equal(1, recovered.InterruptedAttempts);
        Assert.Equal(ChatBot.Bot.Outbox.Outbox.ClientActivityIdFor("m:000"), recovered.ClientActivityId);
        Assert.Equal(OutboxStatus.Sending, live.Find("m:002")!.Status);
        Assert.Equal(0, dead.RecoverInterrupted("survivor"));
    }

    [SkippableFact]
    public async Task An_activity_redelivered_to_the_other_replica_has_one_effect()
    {
        var location = NewLocation();
        var replicaA = new ActivityDedupe(Open(location), TimeProvider.System, new ReplicaIdentity("a"));
        var replicaB = new ActivityDedupe(Open(location), TimeProvider.System, new ReplicaIdentity("b"));
        var activity = new Activity { Id = "in-1", ChannelId = "msteams", Conversation = new ConversationAccount { Id = "a:1" } };
        Assert.Equal(ActivityDedupe.Claim.New, replicaA.TryBegin(activity));
        // While A runs the turn, B is told so and runs nothing.
        Assert.Equal(ActivityDedupe.Claim.RunningElsewhere, replicaB.TryBegin(activity));
        replicaA.Complete(activity);
        replicaA.Release(activity);
        Assert.Equal(ActivityDedupe.Claim.Done, replicaB.TryBegin(activity));
        Assert.Equal(ActivityDedupe.Claim.Done, replicaA.TryBegin(activity));

        // A replica that died mid-turn leaves its claim; after the turn lease another runs the turn again.
        var claims = Open(location).Get<IActivityClaims>();
        Assert.Equal(ActivityClaim.Claimed, claims.TryClaim("k", "dead", TimeSpan.FromMilliseconds(200)));
        Assert.Equal(ActivityClaim.HeldElsewhere, claims.TryClaim("k", "other", TimeSpan.FromSeconds(30)));
        await Task.Delay(400);
        Assert.Equal(ActivityClaim.TakenOver, claims.TryClaim("k", "other", TimeSpan.FromSeconds(30)));
    }

    [SkippableFact]
    public void A_serviceUrl_another_replica_learned_is_trusted_after_reading_the_store()
    {
        var store = Open(NewLocation());
        var trusted = new TrustedServiceUrls(trustAnyLoopback: false);
        trusted.ReloadOnMiss(() => store.Addresses.Trusted().Select(a => a.ServiceUrl));
        Assert.False(trusted.IsTrusted("https://smba.example.test/amer/"));
        store.Write(s => s.Addresses.Put(new ChatBot.Dialogs.Domain.ConversationAddress
        {
            Id = ChatBot.Dialogs.Domain.ConversationAddress.ForConversation("19:c"), ConversationId = "19:c", ChannelId = "msteams",
            ServiceUrl = "https://smba.example.test/emea/", ServiceUrlTrusted = true, UpdatedAt = DateTimeOffset.UtcNow,
        }));
        Thread.Sleep(2100); // a miss reads the store at most every 2 s
        Assert.True(trusted.IsTrusted("https://smba.example.test/amer/"));
        Assert.False(trusted.IsTrusted("https://elsewhere.example.test/"));
    }
}
