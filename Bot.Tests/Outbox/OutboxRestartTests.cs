using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Bot.Outbox;

namespace ChatBot.Bot.Tests.Outbox;

public sealed class OutboxRestartTests
{
    [Fact]
    public async Task Pending_messages_are_sent_after_a_restart()
    {
        await using var rig = await OutboxRig.StartAsync();
        for (var i = 0; i < 5; i++) rig.Enqueue($"dispatch:m1:u{i}", $"a:u{i}", $"第{i}条");
        rig.Connector.Script(FakeConnector.Reply.With(502));
        await rig.PumpAsync(); // one attempt fails and is scheduled for later, the rest go

        rig.Restart();
        await rig.RunAsync(TimeSpan.FromSeconds(1), () => rig.Outbox.Counts().Sent == 5, maxSteps: 30);

        Assert.Equal(5, rig.Connector.Visible().Count);
        Assert.Equal(5, rig.Connector.Visible().Select(v => v.ConversationId).Distinct().Count());
    }

    [Fact]
    public async Task A_crash_after_the_post_was_accepted_and_before_it_was_marked_shows_no_duplicate()
    {
        await using var rig = await OutboxRig.StartAsync();
        CrashAfterSendConnector? dying = null;
        rig.WrapConnector = c => dying = new CrashAfterSendConnector(c);
        rig.Restart();
        rig.Enqueue("dispatch:m1:u1", "a:u1", "请落实第1项");

        rig.Dispatcher.DispatchDue();
        await dying!.Accepted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(OutboxStatus.Sending, rig.Outbox.Find("dispatch:m1:u1")!.Status);

        rig.WrapConnector = c => c;
        rig.Restart();
        await rig.RunAsync(TimeSpan.FromMilliseconds(100), () => rig.Outbox.Find("dispatch:m1:u1")!.Status == OutboxStatus.Sent);

        // Both posts carried the same deterministic id, so the second one did not make a new message.
        var posts = rig.Connector.Calls.Where(r => r.Method == "POST").ToList();
        Assert.Equal(2, posts.Count);
        Assert.Equal(ChatBot.Bot.Outbox.Outbox.ClientActivityIdFor("dispatch:m1:u1"), Assert.Single(posts.Select(p => p.ActivityId).Distinct()));
        var visible = Assert.Single(rig.Connector.Visible());
        var stored = rig.Outbox.Find("dispatch:m1:u1")!;
        Assert.Equal(visible.AnsweredId, stored.SentActivityId);
        Assert.Equal(1, stored.InterruptedAttempts);
    }

    [Fact]
    public async Task A_crash_during_an_in_place_update_repeats_the_same_PUT_and_posts_nothing()
    {
        await using var rig = await OutboxRig.StartAsync();
        CrashAfterSendConnector? dying = null;
        rig.WrapConnector = c => dying = new CrashAfterSendConnector(c);
        rig.Restart();
        rig.Enqueue("progress-card:A1:v2", "a:u1", "进度：已完成", updateActivityId: "1700000000000");

        rig.Dispatcher.DispatchDue();
        await dying!.Accepted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        rig.WrapConnector = c => c;
        rig.Restart();
        await rig.RunAsync(TimeSpan.FromMilliseconds(100), () => rig.Outbox.Find("progress-card:A1:v2")!.Status == OutboxStatus.Sent);

        Assert.All(rig.Connector.Calls, r => Assert.Equal(("PUT", "1700000000000"), (r.Method, r.ActivityId)));
        Assert.Equal(2, rig.Connector.Calls.Count);
        Assert.Empty(rig.Connector.Visible());
    }

    [Fact]
    public async Task Stopping_the_host_waits_for_the_call_in_flight_and_records_it()
    {
        await using var rig = await OutboxRig.StartAsync();
        GatedConnector? gated = null;
        rig.WrapConnector = c => gated = new GatedConnector(c);
        rig.Restart();
        await rig.Dispatcher.StartAsync(CancellationToken.None);
        rig.Enqueue("dispatch:m1:u1", "a:u1", "请落实");
        await gated!.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var stopping = rig.Dispatcher.StopAsync(CancellationToken.None);
        Assert.False(stopping.IsCompleted);
        gated.Gate.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(OutboxStatus.Sent, rig.Outbox.Find("dispatch:m1:u1")!.Status);
        Assert.Single(rig.Connector.Visible());
    }
}
