using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Bot.Tests.EndToEnd;

/// <summary>
/// A message for someone the bot cannot reach yet is kept as undeliverable with the reason, and goes
/// out as soon as that person installs the app or writes to the bot; nothing is dropped.
/// </summary>
public class UndeliverableTests
{
    [Fact]
    public async Task A_card_for_an_office_member_never_seen_in_teams_is_delivered_once_they_arrive()
    {
        await using var f = await BotFixture.StartAsync();
        var unit = f.Unit("市政工程处");
        var head = f.Member(m => m.HasRole(unit.Id, UnitRole.Head));
        f.Store.Write(s => s.Items.Add(new Assignment
        {
            Id = "a1", Number = 1, DirectiveId = "d1", MeetingId = "mt1", UnitId = unit.Id, Task = "凤凰山隧道二三期工程抢抓进度",
            Due = new DateOnly(2026, 12, 31), Status = AssignmentStatus.InProgress,
        }));

        // The request form's submit (Action.Submit): item, note.
        var submit = Activities.Message(f.Connector.ServiceUrl, $"29:{head.Id}", "", aadObjectId: head.AadObjectId);
        submit.Remove("text");
        submit["value"] = new System.Text.Json.Nodes.JsonObject { ["verb"] = "checkOffRequest", ["item"] = 1, ["note"] = "已全部完工", ["form"] = true };
        await f.Http.PostAsync(f.Bot.BaseUrl, submit);
        var outbox = f.Bot.Get<ChatBot.Bot.Outbox.Outbox>();
        var office = f.Store.Roster.Members().Where(m => m.IsOffice).ToList();
        // Nobody in the office has talked to the bot: each notice is recorded as undeliverable, with why.
        var until = Environment.TickCount64 + 10_000;
        while (outbox.Failures().Count < office.Count && Environment.TickCount64 < until) await Task.Delay(20);
        var failures = outbox.Failures();
        Assert.Equal(office.Count, failures.Count);
        Assert.Equal(office.Count, failures.Count);
        Assert.All(failures, m => Assert.Contains("not been seen", m.FailureReason));

        // One of them opens a chat with the bot: the waiting card follows without anyone resending it.
        var reviewer = office[0];
        var before = f.Connector.SentActivities().Count;
        await f.SayAsync(reviewer, "帮助");
        var sent = await f.Connector.WaitForActivitiesAsync(before + 2);
        Assert.Contains(sent.Skip(before), a => (Activities.CardText(a) ?? "").Contains("凤凰山隧道二三期工程抢抓进度"));
        Assert.Equal(office.Count - 1, outbox.Failures().Count);
    }
}
