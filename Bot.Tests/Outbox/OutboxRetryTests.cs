using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Bot.Outbox;

namespace ChatBot.Bot.Tests.Outbox;

public sealed class OutboxRetryTests
{
    [Fact]
    public async Task A_429_with_Retry_After_is_retried_after_that_wait_and_delivered_once()
    {
        await using var rig = await OutboxRig.StartAsync();
        rig.Connector.Script(FakeConnector.Reply.With(429, "30"));
        rig.Enqueue("dispatch:m1:u1", "a:u1", "请落实");

        await rig.PumpAsync();
        var waiting = rig.Outbox.Find("dispatch:m1:u1")!;
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Equal(429, waiting.LastStatusCode);
        Assert.True(waiting.NextAttemptAt >= rig.Time.GetUtcNow().AddSeconds(30));

        // Backoff alone (2 s ± 20 %) would have retried long ago; the service asked for 30 s.
        for (var i = 0; i < 29; i++)
        {
            rig.Time.Advance(TimeSpan.FromSeconds(1));
            await rig.PumpAsync();
        }
        Assert.Single(rig.Connector.Calls);

        rig.Time.Advance(TimeSpan.FromSeconds(1.5));
        await rig.PumpAsync();
        Assert.Equal(2, rig.Connector.Calls.Count);
        Assert.Single(rig.Connector.Visible());
        Assert.Equal(OutboxStatus.Sent, rig.Outbox.Find("dispatch:m1:u1")!.Status);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Transient_answers_are_retried_with_backoff(int status)
    {
        await using var rig = await OutboxRig.StartAsync();
        rig.Connector.Script(FakeConnector.Reply.With(status));
        rig.Connector.Script(FakeConnector.Reply.With(status));
        rig.Enqueue("k", "a:u1", "x");

        await rig.RunAsync(TimeSpan.FromSeconds(1), () => rig.Outbox.Find("k")!.Status == OutboxStatus.Sent, maxSteps: 60);

        Assert.Equal(3, rig.Connector.Calls.Count);
        Assert.Single(rig.Connector.Visible());
    }

    [Fact]
    public async Task A_403_is_recorded_as_a_permanent_failure_and_never_retried()
    {
        await using var rig = await OutboxRig.StartAsync();
        rig.Connector.Script(FakeConnector.Reply.With(403));
        rig.Enqueue("dispatch:m1:u9", "a:u9", "请落实");

        await rig.PumpAsync();
        for (var i = 0; i < 24; i++)
        {
            rig.Time.Advance(TimeSpan.FromHours(1));
            await rig.PumpAsync();
        }

        Assert.Single(rig.Connector.Calls);
        var failure = Assert.Single(rig.Outbox.Failures());
        Assert.Equal("dispatch:m1:u9", failure.Id);
        Assert.Equal(403, failure.LastStatusCode);
        // Its own outcome: the person removed or blocked the app (not "never installed").
        Assert.Equal(FailureKind.Removed, failure.FailureKind);
        Assert.Contains("removed", failure.FailureReason);
    }

    [Fact]
    public async Task Transient_failures_stop_after_the_attempt_limit()
    {
        await using var rig = await OutboxRig.StartAsync(o => o.MaxAttempts = 3);
        for (var i = 0; i < 10; i++) rig.Connector.Script(FakeConnector.Reply.With(502));
        rig.Enqueue("k", "a:u1", "x");

        await rig.RunAsync(TimeSpan.FromSeconds(5), () => rig.Outbox.Find("k")!.Status == OutboxStatus.Failed, maxSteps: 100);
        rig.Time.Advance(TimeSpan.FromHours(1));
        await rig.PumpAsync();

        Assert.Equal(3, rig.Connector.Calls.Count);
        Assert.Contains("gave up after 3 attempts", rig.Outbox.Find("k")!.FailureReason);
    }
}
