using System.Text.Json.Nodes;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Tests.EndToEnd;

namespace ChatBot.Bot.Tests.Production;

/// <summary>/healthz tells an operator what to watch: the store, the outbox backlog and its oldest message, and the calendar.</summary>
public class HealthTests
{
    [Fact]
    public async Task Health_reports_the_backlog_the_oldest_unsent_message_and_the_calendar_years()
    {
        await using var f = await BotFixture.StartAsync(new Dictionary<string, string?> { ["Outbox:RetryBaseDelay"] = "00:01:00" });
        f.Connector.Respond = _ => (502, null); // Teams is having a bad day
        var outbox = f.Bot.Get<ChatBot.Bot.Outbox.Outbox>();
        outbox.Enqueue("notice:stuck", OutboxTarget.Conversation("t", f.Connector.ServiceUrl, "19:office"),
            new Activity { Type = Activity.Types.Message, Text = "stuck" });

        var queuedAt = outbox.Find("notice:stuck")!.CreatedAt;
        var health = JsonNode.Parse(await f.Http.GetStringAsync(f.Bot.BaseUrl + "/healthz"))!;

        Assert.Equal("ok", health["status"]!.GetValue<string>());
        Assert.Equal(1, health["outbox"]!["backlog"]!.GetValue<int>());
        Assert.Equal(queuedAt, health["outbox"]!["oldestUnsent"]!.GetValue<DateTimeOffset>());
        var years = health["calendar"]!["years"]!.AsArray();
        Assert.Contains(years, y => y!["year"]!.GetValue<int>() == 2026 && !y["estimate"]!.GetValue<bool>());
        Assert.Contains(years, y => y!["year"]!.GetValue<int>() == 2027 && y["estimate"]!.GetValue<bool>());
        // The fixture's clock is in 2026: next year is only an estimate.
        Assert.Contains("2027", Assert.Single(health["calendar"]!["warnings"]!.AsArray())!.GetValue<string>());
    }
}
