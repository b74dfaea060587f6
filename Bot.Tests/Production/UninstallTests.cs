using System.Text.Json.Nodes;
using ChatBot.Bot.Channel;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Scheduling;
using ChatBot.Bot.Storage;
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
    internal static JsonObject Installation(SignedInBot bot, Member member, string action)
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

    /// <summary>Teams' other event for the same install: the bot among the conversation's members added.</summary>
    private static JsonObject BotAdded(SignedInBot bot, Member member)
    {
        var activity = Activities.Message(bot.F.Connector.ServiceUrl, $"29:{member.Id}", "", aadObjectId: member.AadObjectId);
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });
        activity.Remove("text");
        return activity;
    }

    [Fact]
    public async Task Reinstall_after_a_restart_says_welcome_back_once_sends_what_waited_and_does_not_replay_old_reminders()
    {
        await using var bot = await SignedInBot.StartAsync();
        var f = bot.F;
        var unit = f.Unit("市政工程处");
        var head = f.Member(m => m.HasRole(unit.Id, UnitRole.Head));
        Assert.Equal(200, (int)(await bot.PostAsync(Installation(bot, head, "add"))).StatusCode);
        await f.Connector.WaitForActivitiesAsync(1);
        int Welcomes() => f.Connector.SentActivities().Count(a => (Activities.CardText(a) ?? "").Contains("我是督办助手"));
        Assert.Equal(1, Welcomes());

        // Uninstalled: a notice and a reminder come due while the app is gone.
        Assert.Equal(200, (int)(await bot.PostAsync(Installation(bot, head, "remove"))).StatusCode);
        var outbox = f.Bot.Get<ChatBot.Bot.Outbox.Outbox>();
        f.Bot.Get<ProactiveDelivery>().Deliver([ProactiveMessage.ToMember("dispatch:mt-r:u1:" + head.Id, head.Id, new Reply("请签收：东城片区雨污分流改造", null))]);
        f.Store.Write(s => s.Items.Add(new Assignment
        {
            Id = "a-r", Number = 1, DirectiveId = "d-r", MeetingId = "mt-r", UnitId = unit.Id,
            Task = "东城片区雨污分流改造", Due = new DateOnly(2026, 11, 26), Status = AssignmentStatus.Dispatched,
        }));
        Assert.True(await f.Bot.Get<ReminderScheduler>().RunOnceAsync() > 0);
        var reminderKey = f.Store.Get<IOutboxRepository>().WithKeyPrefix("overdue:a-r:")
            .Single(m => m.MemberId == head.Id).Id;
        await WaitUntilAsync(() => outbox.Find(reminderKey)?.Status == OutboxStatus.Failed && outbox.Find("dispatch:mt-r:u1:" + head.Id)?.Status == OutboxStatus.Failed);
        Assert.Equal(FailureKind.Removed, outbox.Find(reminderKey)!.FailureKind);

        // A deploy restarts the bot on the same store; then the person adds the app again (Teams sends both events).
        await f.RestartAsync();
        outbox = f.Bot.Get<ChatBot.Bot.Outbox.Outbox>();
        Assert.Equal(200, (int)(await bot.PostAsync(Installation(bot, head, "add"))).StatusCode);
        Assert.Equal(200, (int)(await bot.PostAsync(BotAdded(bot, head))).StatusCode);

        await WaitUntilAsync(() => outbox.Find("dispatch:mt-r:u1:" + head.Id)?.Status == OutboxStatus.Sent
            && f.Connector.SentActivities().Any(a => a["text"]?.GetValue<string>()?.Contains("欢迎回来") == true));
        // One short "welcome back", not the first-time welcome a second time.
        Assert.Single(f.Store.Get<IOutboxRepository>().WithKeyPrefix("welcome-back:"));
        Assert.Equal(1, Welcomes());
        // The directive that waited arrives once, in the person's chat.
        var notice = Assert.Single(f.Connector.SentActivities(), a => a["text"]?.GetValue<string>() == "请签收：东城片区雨污分流改造");
        Assert.Equal($"a:29:{head.Id}", notice["conversation"]!["id"]!.GetValue<string>());
        // Yesterday's overdue reminder is kept as unreached, not replayed: the next pass reminds with the state of its day.
        Assert.Equal(OutboxStatus.Failed, outbox.Find(reminderKey)!.Status);
        Assert.DoesNotContain(f.Connector.SentActivities(), a => (Activities.CardText(a) ?? "").Contains("东城片区雨污分流改造"));
    }
}
