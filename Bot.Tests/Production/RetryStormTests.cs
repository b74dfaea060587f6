using System.Collections.Concurrent;
using ChatBot.Bot.Channel;
using ChatBot.Bot.Outbox;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Bot.Tests.Production;

/// <summary>
/// One retry layer: under a storm of 429 (with Retry-After) and 502 answers every proactive message is
/// delivered exactly once, each failed attempt is one HTTP call (the connector does not retry posts
/// behind the outbox's back), the outbox waits at least Retry-After, and no message exceeds Outbox:MaxAttempts.
/// </summary>
public class RetryStormTests
{
    private sealed record Attempt(string ClientId, int Status, DateTimeOffset At);

    [Fact]
    public async Task Every_message_is_delivered_once_and_its_attempts_are_the_outboxs_alone()
    {
        await using var bot = await SignedInBot.StartAsync(new Dictionary<string, string?>
        {
            ["Outbox:RetryBaseDelay"] = "00:00:00.200",
            ["Outbox:RetryMaxDelay"] = "00:00:01",
            ["Outbox:MaxAttempts"] = "6",
        });
        var f = bot.F;
        var members = f.Store.Roster.Members().Where(m => !m.IsOffice).Take(4).ToList();
        foreach (var m in members) await bot.SayAsync(m, "帮助");
        await f.Connector.WaitForActivitiesAsync(members.Count);

        // The storm: the n-th message fails its first n % 4 attempts, alternating 429 (Retry-After: 1) and 502.
        var attempts = new ConcurrentQueue<Attempt>();
        var failuresFor = new ConcurrentDictionary<string, int>();
        var failed = new ConcurrentDictionary<string, int>();
        f.Connector.Respond = call =>
        {
            if (call.Method != "POST" || !call.Path.EndsWith("/activities", StringComparison.Ordinal)) return null;
            var id = call.Body?["id"]?.GetValue<string>() ?? "";
            var text = call.Body?["text"]?.GetValue<string>() ?? "";
            var planned = failuresFor.GetOrAdd(id, _ => int.Parse(text.Split('#').Last()) % 4);
            var done = failed.AddOrUpdate(id, 1, (_, n) => n + 1);
            if (done > planned)
            {
                attempts.Enqueue(new Attempt(id, 201, f.Clock.GetUtcNow()));
                return null;
            }
            var status = done % 2 == 1 ? 429 : 502;
            attempts.Enqueue(new Attempt(id, status, f.Clock.GetUtcNow()));
            return (status, status == 429 ? "1" : null);
        };

        var messages = Enumerable.Range(0, 12).Select(i => ProactiveMessage.ToMember(
            $"storm:{i}", members[i % members.Count].Id, new Reply($"督办提醒 #{i}", null))).ToList();
        f.Bot.Get<ProactiveDelivery>().Deliver(messages);

        var outbox = f.Bot.Get<ChatBot.Bot.Outbox.Outbox>();
        var until = Environment.TickCount64 + 60_000;
        while (messages.Any(m => outbox.Find(m.IdempotencyKey)?.Status is not (OutboxStatus.Sent or OutboxStatus.Failed)) && Environment.TickCount64 < until)
            await Task.Delay(50);

        foreach (var (message, i) in messages.Select((m, i) => (m, i)))
        {
            var stored = outbox.Find(message.IdempotencyKey)!;
            Assert.Equal(OutboxStatus.Sent, stored.Status);
            var mine = attempts.Where(a => a.ClientId == stored.ClientActivityId).ToList();
            // Exactly the planned failures plus one success: one HTTP call per outbox attempt.
            Assert.Equal(i % 4 + 1, mine.Count);
            Assert.Equal(mine.Count, stored.Attempts);
            Assert.Single(mine, a => a.Status == 201);
            // Retry-After: 1 is honoured on the bot's clock.
            for (var k = 1; k < mine.Count; k++)
                if (mine[k - 1].Status == 429) Assert.True(mine[k].At - mine[k - 1].At >= TimeSpan.FromSeconds(1));
        }
        var delivered = f.Connector.SentActivities().Where(a => (a["text"]?.GetValue<string>() ?? "").StartsWith("督办提醒", StringComparison.Ordinal)).ToList();
        Assert.Equal(messages.Count, delivered.Count);
        Assert.Equal(messages.Count, delivered.Select(a => a["text"]!.GetValue<string>()).Distinct().Count());
    }
}
