using System.Text.Json.Nodes;
using ChatBot.Bot.Channel;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Bot.Tests.Production;

/// <summary>
/// Uninstalling the app invalidates the stored address: what is queued for that person waits as
/// undeliverable, with the reason and without a single call to Teams (which would answer 403);
/// installing it again restores the address and the waiting message goes out once.
/// </summary>
public class UninstallTests
{
    private static JsonObject Installation(SignedInBot bot, Member member, string action)
    {
        var activity = Activities.Message(bot.F.Connector.ServiceUrl, $"29:{member.Id}", "", aadObjectId: member.AadObjectId);
        activity["type"] = "installationUpdate";
        activity["action"] = action;
        activity.Remove("text");
        return activity;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var until = Environment.TickCount64 + 15_000;
        while (!condition() && Environment.TickCount64 < until) await Task.Delay(20);
        Assert.True(condition(), "condition not met in time");
    }

    [Fact]
    public async Task Uninstall_keeps_messages_waiting_without_calling_teams_and_reinstall_delivers_them_once()
    {
        await using var bot = await SignedInBot.StartAsync();
        var f = bot.F;
        var member = f.Member(m => !m.IsOffice);
        var conversation = $"a:29:{member.Id}";
        await bot.SayAsync(member, "帮助");
        await f.Connector.WaitForActivitiesAsync(1);

        Assert.Equal(200, (int)(await bot.PostAsync(Installation(bot, member, "remove"))).StatusCode);
        Assert.NotNull(f.Store.Addresses.Get(ConversationAddress.ForMember(member.Id)).RemovedAt);

        var callsBefore = f.Connector.Calls.Count;
        f.Bot.Get<ProactiveDelivery>().Deliver([ProactiveMessage.ToMember("notice:uninstalled", member.Id, new Reply("请签收第3条督办事项", null))]);
        var outbox = f.Bot.Get<ChatBot.Bot.Outbox.Outbox>();
        await WaitUntilAsync(() => outbox.Find("notice:uninstalled")?.Status == OutboxStatus.Failed);
        Assert.Contains("removed", outbox.Find("notice:uninstalled")!.FailureReason);
        Assert.Equal(callsBefore, f.Connector.Calls.Count); // no call at all, so no 403

        Assert.Equal(200, (int)(await bot.PostAsync(Installation(bot, member, "add"))).StatusCode);
        Assert.Null(f.Store.Addresses.Get(ConversationAddress.ForMember(member.Id)).RemovedAt);
        await WaitUntilAsync(() => outbox.Find("notice:uninstalled")?.Status == OutboxStatus.Sent);
        var delivered = f.Connector.SentActivities().Where(a => a["text"]?.GetValue<string>() == "请签收第3条督办事项").ToList();
        Assert.Single(delivered);
        Assert.Equal(conversation, delivered[0]["conversation"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_403_from_teams_marks_the_address_so_the_next_message_is_not_sent_into_it()
    {
        await using var bot = await SignedInBot.StartAsync();
        var f = bot.F;
        var member = f.Member(m => !m.IsOffice);
        await bot.SayAsync(member, "帮助");
        await f.Connector.WaitForActivitiesAsync(1);
        // Uninstalled while the bot was down: Teams refuses the next post.
        f.Connector.Respond = call => call.Method == "POST" && call.Path.EndsWith("/activities", StringComparison.Ordinal) ? (403, null) : null;
        var delivery = f.Bot.Get<ProactiveDelivery>();
        var outbox = f.Bot.Get<ChatBot.Bot.Outbox.Outbox>();
        delivery.Deliver([ProactiveMessage.ToMember("notice:1", member.Id, new Reply("第一条", null))]);
        await WaitUntilAsync(() => outbox.Find("notice:1")?.Status == OutboxStatus.Failed);
        Assert.NotNull(f.Store.Addresses.Get(ConversationAddress.ForMember(member.Id)).RemovedAt);

        var refusals = f.Connector.Calls.Count(c => c.Status == 403);
        delivery.Deliver([ProactiveMessage.ToMember("notice:2", member.Id, new Reply("第二条", null))]);
        await WaitUntilAsync(() => outbox.Find("notice:2")?.Status == OutboxStatus.Failed);
        Assert.Equal(1, refusals);
        Assert.Equal(refusals, f.Connector.Calls.Count(c => c.Status == 403));

        // The person writes again (reinstalled): both go out.
        f.Connector.Respond = null;
        await bot.SayAsync(member, "帮助");
        await WaitUntilAsync(() => outbox.Find("notice:1")?.Status == OutboxStatus.Sent && outbox.Find("notice:2")?.Status == OutboxStatus.Sent);
    }
}
