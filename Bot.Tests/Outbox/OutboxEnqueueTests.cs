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

        Assert.Single(rig.Connector.Requests);
        var visible = Assert.Single(rig.Connector.Visible);
        var stored = rig.Outbox.Find("dispatch:m1:u1")!;
        Assert.Equal(visible.ActivityId, stored.SentActivityId);
        Assert.Equal(1, stored.Attempts);
        Assert.Equal(new OutboxCounts(0, 0, 1, 0), rig.Outbox.Counts());
    }

    [Fact]
    public async Task A_message_is_not_sent_before_its_time()
    {
        await using var rig = await OutboxRig.StartAsync();
        rig.Outbox.Enqueue("reminder:A1:due:2026-11-27", OutboxTarget.Conversation(OutboxRig.Tenant, rig.Connector.ServiceUrl, "a:u1"),
            new Channel.Schema.Activity { Type = "message", Text = "提醒" }, notBefore: rig.Time.GetUtcNow().AddHours(1));

        await rig.PumpAsync();
        rig.Time.Advance(TimeSpan.FromMinutes(59));
        await rig.PumpAsync();
        Assert.Empty(rig.Connector.Requests);

        rig.Time.Advance(TimeSpan.FromMinutes(1));
        await rig.PumpAsync();
        Assert.Single(rig.Connector.Visible);
    }
}
