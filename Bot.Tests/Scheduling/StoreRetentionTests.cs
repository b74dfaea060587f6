using ChatBot.Bot.Channel;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Scheduling;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ChatBot.Dialogs.Storage.LiteDb;

namespace ChatBot.Bot.Tests.Scheduling;

/// <summary>
/// The pruning task on simulated time over a real LiteDB file: activity ids go after their dedupe window,
/// sent messages after Storage:RetentionDays, a status card's first post stays while the card is still
/// updated; pending and failed messages and the audit log stay.
/// </summary>
public sealed class StoreRetentionTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
    private readonly IStore _store;
    private readonly ChatBot.Bot.Outbox.Outbox _outbox;
    private readonly ActivityDedupe _dedupe;
    private readonly StoreRetention _retention;

    public StoreRetentionTests()
    {
        _store = new LiteDbStore(_dir.File("bot.db"));
        _outbox = new ChatBot.Bot.Outbox.Outbox(_store, _time);
        _dedupe = new ActivityDedupe(_store, _time);
        _retention = new StoreRetention(_dedupe, _outbox, Options.Create(new StorageOptions { RetentionDays = 30, PruneIntervalMinutes = 60 }),
            _time, NullLogger<StoreRetention>.Instance);
    }

    private void Sent(string key, string? updateOf = null)
    {
        _outbox.Enqueue([new OutboxItem(key, OutboxTarget.Conversation("t", "http://127.0.0.1:1/", "19:office"),
            new Activity { Type = Activity.Types.Message, Text = key }, UpdateOfKey: updateOf)]);
        var m = _outbox.Find(key)!;
        _outbox.MarkSending([m]);
        _outbox.MarkSent(m, "act-" + key);
    }

    private bool Kept(string key) => _outbox.Find(key) is not null;
    private ProactiveDelivery.PostedCard? Card => _store.Lite().Collection<ProactiveDelivery.PostedCard>("posted_cards").FindById("status:mt1");

    private async Task PassAfterAsync(TimeSpan step)
    {
        var before = _retention.Passes;
        _time.Advance(step);
        var until = Environment.TickCount64 + 10_000;
        while (_retention.Passes == before && Environment.TickCount64 < until) await Task.Delay(10);
        Assert.True(_retention.Passes > before, "no pruning pass ran");
    }

    [Fact]
    public async Task Each_kind_of_row_is_kept_for_its_own_time_and_the_audit_log_for_ever()
    {
        var incoming = new Activity { Id = "in-1", ChannelId = "msteams", Conversation = new ConversationAccount { Id = "a:1" } };
        Assert.Equal(ActivityDedupe.Claim.New, _dedupe.TryBegin(incoming));
        _dedupe.Complete(incoming);
        _dedupe.Release(incoming);
        Assert.Equal(ActivityDedupe.Claim.Done, _dedupe.TryBegin(incoming));
        Sent("notice:1");
        Sent("status:mt1:v1");
        _store.Write(s => s.Lite().Collection<ProactiveDelivery.PostedCard>("posted_cards").Insert(
            new ProactiveDelivery.PostedCard { Id = "status:mt1", FirstKey = "status:mt1:v1", Version = 1 }));
        _outbox.Enqueue("later:1", OutboxTarget.Conversation("t", "http://127.0.0.1:1/", "19:office"),
            new Activity { Type = Activity.Types.Message, Text = "later" }, notBefore: _time.GetUtcNow().AddDays(90));
        _outbox.Enqueue("refused:1", OutboxTarget.Conversation("t", "http://127.0.0.1:1/", "a:gone"), new Activity { Type = Activity.Types.Message, Text = "x" });
        var refused = _outbox.Find("refused:1")!;
        _outbox.MarkSending([refused]);
        _outbox.MarkFailed(refused, 403, "not installed");
        _store.Write(s => s.Audit.Append("assignment", "a1", "dispatched", null, "Dispatched", "m001", _time.GetUtcNow(), "in-1"));

        await _retention.StartAsync(CancellationToken.None);
        try
        {
            // The first pass runs at start, at the unadvanced instant: let it finish (and the pass loop go back
            // to waiting on the clock) so that it is not taken for the pass after the first step.
            var until = Environment.TickCount64 + 10_000;
            while (_retention.Passes == 0 && Environment.TickCount64 < until) await Task.Delay(10);
            await Task.Delay(100);
            // A day later: the activity id has left its window; everything else stays.
            await PassAfterAsync(TimeSpan.FromHours(25));
            Assert.Equal(ActivityDedupe.Claim.New, _dedupe.TryBegin(new Activity { Id = "in-1", ChannelId = "msteams", Conversation = new ConversationAccount { Id = "a:1" } }));
            Assert.True(Kept("notice:1"));

            // Day 20 the status card is updated; day 31 the plain notice goes, the card's first post stays.
            await PassAfterAsync(TimeSpan.FromDays(19));
            Sent("status:mt1:v2", updateOf: "status:mt1:v1");
            await PassAfterAsync(TimeSpan.FromDays(11));
            Assert.False(Kept("notice:1"));
            Assert.True(Kept("status:mt1:v1"));
            Assert.True(Kept("status:mt1:v2"));
            Assert.NotNull(Card);

            // Day 52: the card has been idle for 32 days; it and its posts go. Work still to do and the audit stay.
            await PassAfterAsync(TimeSpan.FromDays(21));
            Assert.False(Kept("status:mt1:v1"));
            Assert.False(Kept("status:mt1:v2"));
            Assert.Null(Card);
            Assert.True(Kept("later:1"));
            Assert.True(Kept("refused:1"));
            Assert.Single(_store.Audit.For("a1"));
        }
        finally
        {
            await _retention.StopAsync(CancellationToken.None);
        }
    }

    public void Dispose()
    {
        _retention.Dispose();
        _store.Dispose();
        _dir.Dispose();
    }
}
