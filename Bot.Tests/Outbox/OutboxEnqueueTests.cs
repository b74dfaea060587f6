using ChatBot.Bot.Outbox;

namespace ChatBot.Bot.Tests.Outbox;

public sealed class OutboxEnqueueTests
{
    [Fact]
    public async Task Enqueuing_the_same_key_twice_sends_once()
    {
        await using var rig = await OutboxRig.StartAsync();

        Assert.True(rig.Enqueue("dispatch:m1:u1", "a:u1", "请落实第1项"));
        Assert.False(rig.Enqueue("dispatch:m1:u1", "a:u1", "请落实第1项"));
        await rig.RunAsync(TimeSpan.FromMilliseconds(100), () => rig.Outbox.Find("dispatch:m1:u1")!.Status == OutboxStatus.Sent);
        await rig.PumpAsync();

        Assert.Single(rig.Connector.Calls);
        var visible = Assert.Single(rig.Connector.Visible());
        var stored = rig.Outbox.Find("dispatch:m1:u1")!;
        Assert.Equal(visible.AnsweredId, stored.SentActivityId);
        Assert.Equal(1, stored.Attempts);
        Assert.Equal(new OutboxCounts(0, 0, 1, 0), rig.Outbox.Counts());
    }

    [Fact]
    public async Task A_message_is_not_sent_before_its_time()
    {
        await using var rig = await OutboxRig.StartAsync();
        rig.Outbox.Enqueue("reminder:A1:due:2026-11-27", OutboxTarget.Conversation(OutboxRig.Tenant, rig.Connector.ServiceUrl, "a:u1"),
            new ChatBot.Bot.Channel.Schema.Activity { Type = "message", Text = "提醒" }, notBefore: rig.Time.GetUtcNow().AddHours(1));

        await rig.PumpAsync();
        rig.Time.Advance(TimeSpan.FromMinutes(59));
        await rig.PumpAsync();
        Assert.Empty(rig.Connector.Calls);

        rig.Time.Advance(TimeSpan.FromMinutes(1));
        await rig.PumpAsync();
        Assert.Single(rig.Connector.Visible());
    }

    [Fact]
    public async Task A_fan_out_queued_with_the_change_that_caused_it_is_all_or_nothing_and_once()
    {
        await using var rig = await OutboxRig.StartAsync();
        OutboxItem Item(int i) => new($"dispatch:m2:u{i}", OutboxTarget.Conversation(OutboxRig.Tenant, rig.Connector.ServiceUrl, $"a:u{i}"),
            new ChatBot.Bot.Channel.Schema.Activity { Type = "message", Text = $"第{i}位" });

        Assert.Throws<InvalidOperationException>(() => rig.Store.Write(s =>
        {
            rig.Outbox.EnqueueWithin(s, Enumerable.Range(0, 3).Select(Item));
            throw new InvalidOperationException("the dispatch itself failed");
        }));
        Assert.Equal(new OutboxCounts(0, 0, 0, 0), rig.Outbox.Counts());

        Assert.Equal(3, rig.Store.Write(s => rig.Outbox.EnqueueWithin(s, Enumerable.Range(0, 3).Select(Item))));
        Assert.Equal(1, rig.Outbox.Enqueue(Enumerable.Range(0, 4).Select(Item)));
        await rig.RunAsync(TimeSpan.FromMilliseconds(100), () => rig.Outbox.Counts().Sent == 4);
        Assert.Equal(4, rig.Connector.Visible().Count);
    }
}
