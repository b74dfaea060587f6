using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Tests.Features.Relay;

/// <summary>The 1:1 dispatch card intake sends to a unit's head and liaison.</summary>
public class DispatchCardTests
{
    [Theory]
    [InlineData(Lang.Zh, "督办交办通知", "第1条", "牵头", "时限：12月15日", "签收", "确认已传达", "班子会议、干部职工大会", "12月2日")]
    [InlineData(Lang.En, "Directives for your unit", "Item 1", "lead", "due Dec 15", "Sign for receipt", "Confirm relay meeting held", "all-staff meeting", "Dec 2")]
    public void Shows_the_meeting_the_requirement_the_numbered_directives_and_both_actions(Lang lang, params string[] expected)
    {
        using var store = new LiteDbStore(new MemoryStream());
        var meeting = RelayWorld.Meeting(store);
        var unit = new Unit { Id = "szgc", Name = "市政工程处" };
        var assignments = new[]
        {
            RelayWorld.Assign(store, meeting.Id, unit.Id, 1, "凤凰山隧道二三期工程抢抓进度", new DateOnly(2026, 12, 15)),
            RelayWorld.Assign(store, meeting.Id, unit.Id, 3, "老城区地下管涵安全排查", null, AssignmentRole.Assisting),
        };

        var card = RelayCards.Dispatch(meeting, unit, assignments, lang, "m047");
        CardSink.Record(new JsonObject { ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card.DeepClone() }) }, $"relay-dispatch-{lang}");

        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var text = Activities.CardText(new JsonObject { ["attachments"] = new JsonArray(new JsonObject { ["content"] = card.DeepClone() }) })!;
        foreach (var e in expected) Assert.Contains(e, text);
        Assert.Contains("全市城管系统工作推进会", text);
        Assert.Contains(lang == Lang.Zh ? "第3条" : "Item 3", text);
        Assert.Contains("X月底前", text);

        var actions = card["body"]!.AsArray().Last()!["actions"]!.AsArray();
        Assert.Equal(["signFor", "relayConfirm"], actions.Select(a => a!["verb"]!.GetValue<string>()));
        Assert.All(actions, a =>
        {
            Assert.Equal("Action.Execute", a!["type"]!.GetValue<string>());
            Assert.Equal("mt1", a["data"]!["meetingId"]!.GetValue<string>());
            Assert.Equal("szgc", a["data"]!["unitId"]!.GetValue<string>());
            Assert.Equal("Action.Submit", a["fallback"]!["type"]!.GetValue<string>());
            Assert.Equal(a["verb"]!.GetValue<string>(), a["fallback"]!["data"]!["verb"]!.GetValue<string>());
        });
    }
}
