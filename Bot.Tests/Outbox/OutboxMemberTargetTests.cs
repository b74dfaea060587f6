using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Outbox;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Bot.Tests.Outbox;

public sealed class OutboxMemberTargetTests
{
    [Fact]
    public async Task A_member_without_a_conversation_gets_one_created_once_and_reused()
    {
        await using var rig = await OutboxRig.StartAsync(o => o.BotId = "28:bot-app-id");
        rig.Store.Write(s => s.Roster.UpsertMember(new Member { Id = "m-zhang", Name = "张三", ChannelUserId = "29:zhang" }));
        var target = OutboxTarget.Member(OutboxRig.Tenant, "m-zhang", rig.Connector.ServiceUrl);
        rig.Outbox.Enqueue("dispatch:m1:m-zhang", target, new Activity { Type = "message", Text = "请落实第1项" });
        rig.Outbox.Enqueue("reminder:A1:due:2026-11-27", target, new Activity { Type = "message", Text = "提醒" });

        await rig.RunAsync(TimeSpan.FromMilliseconds(200), () => rig.Outbox.Counts().Sent == 2);

        Assert.Single(rig.Connector.Calls, r => r.IsCreateConversation);
        Assert.Equal(2, rig.Connector.Visible().Count(v => v.ConversationId == "a:29:zhang"));
        Assert.Equal("a:29:zhang", rig.Store.Addresses.Get(ConversationAddress.ForMember("m-zhang"))!.ConversationId);
    }

    [Fact]
    public async Task A_member_the_bot_has_never_seen_is_a_recorded_failure()
    {
        await using var rig = await OutboxRig.StartAsync(o => o.BotId = "28:bot-app-id");
        rig.Store.Write(s => s.Roster.UpsertMember(new Member { Id = "m-li", Name = "李四" }));
        rig.Outbox.Enqueue("dispatch:m1:m-li", OutboxTarget.Member(OutboxRig.Tenant, "m-li"), new Activity { Type = "message", Text = "请落实" });

        await rig.PumpAsync();

        Assert.Empty(rig.Connector.Calls);
        Assert.Contains("not been seen in Teams", Assert.Single(rig.Outbox.Failures()).FailureReason);
    }
}
