using ChatBot.Bot.Outbox;
using ChatBot.Bot.Scheduling;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Bot.Tests.Production;

/// <summary>
/// With Bot:AppId set, a serviceUrl is called only when the channel vouched for it. That trust is kept
/// with the conversation reference, so after a restart reminders still reach the stored conversation;
/// a serviceUrl nobody vouched for is never sent the bot's token.
/// </summary>
public class RestartTrustTests
{
    private static void OverdueItemFor(ChatBot.Dialogs.Storage.IStore store, Unit unit) =>
        store.Write(s => s.Items.Add(new Assignment
        {
            Id = "a1", Number = 1, DirectiveId = "d1", MeetingId = "mt1", UnitId = unit.Id,
            Task = "东城片区雨污分流改造", Due = new DateOnly(2026, 11, 26), Status = AssignmentStatus.Dispatched,
        }));

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var until = Environment.TickCount64 + 15_000;
        while (!condition() && Environment.TickCount64 < until) await Task.Delay(20);
        Assert.True(condition(), "condition not met in time");
    }

    [Fact]
    public async Task After_a_restart_a_reminder_reaches_the_conversation_the_channel_vouched_for()
    {
        await using var bot = await SignedInBot.StartAsync();
        var f = bot.F;
        var unit = f.Unit("市政工程处");
        var head = f.Member(m => m.HasRole(unit.Id, UnitRole.Head));
        Assert.Equal(200, (int)(await bot.SayAsync(head, "帮助")).StatusCode);
        await f.Connector.WaitForActivitiesAsync(1);
        Assert.True(f.Store.Addresses.Get(ConversationAddress.ForMember(head.Id)).ServiceUrlTrusted);

        await f.RestartAsync();
        var before = f.Connector.Calls.Count;
        OverdueItemFor(f.Store, unit);
        Assert.True(await f.Bot.Get<ReminderScheduler>().RunOnceAsync() > 0);

        var key = f.Store.Lite().Collection<OutboxMessage>("outbox").FindAll()
            .Single(m => m.Id.StartsWith("overdue:a1:", StringComparison.Ordinal) && m.MemberId == head.Id).Id;
        var outbox = f.Bot.Get<ChatBot.Bot.Outbox.Outbox>();
        await WaitUntilAsync(() => outbox.Find(key)!.Status is OutboxStatus.Sent or OutboxStatus.Failed);
        Assert.Equal(OutboxStatus.Sent, outbox.Find(key)!.Status);
        var reminder = f.Connector.Calls.Skip(before).Single(c => c.Body is not null && (Activities.CardText(c.Body) ?? "").Contains("东城片区雨污分流改造"));
        Assert.Equal($"a:29:{head.Id}", reminder.Body!["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal("Bearer " + SignedInBot.OutboundToken, reminder.Authorization);
    }

    [Fact]
    public async Task A_stored_serviceUrl_nobody_vouched_for_is_never_called_and_the_reason_is_kept()
    {
        await using var bot = await SignedInBot.StartAsync();
        var f = bot.F;
        var unit = f.Unit("市政工程处");
        var head = f.Member(m => m.HasRole(unit.Id, UnitRole.Head));
        // An address written before this version (or by hand): no proof the channel sent it.
        await using var other = await FakeConnector.StartAsync();
        {
            f.Store.Write(s => s.Addresses.Put(new ConversationAddress
            {
                Id = ConversationAddress.ForMember(head.Id), MemberId = head.Id, ConversationId = $"a:29:{head.Id}",
                ServiceUrl = other.ServiceUrl, Reference = "{}", TenantId = "t1", UpdatedAt = BotFixtureNow,
            }));
            await f.RestartAsync();
            OverdueItemFor(f.Store, unit);
            await f.Bot.Get<ReminderScheduler>().RunOnceAsync();
            var outbox = f.Bot.Get<ChatBot.Bot.Outbox.Outbox>();
            await WaitUntilAsync(() => outbox.Failures().Any(m => m.MemberId == head.Id));
            Assert.Contains("not trusted", outbox.Failures().First(m => m.MemberId == head.Id).FailureReason);
            Assert.Empty(other.Calls);
        }
    }

    private static readonly DateTimeOffset BotFixtureNow = ChatBot.Bot.Tests.EndToEnd.BotFixture.Now;
}
