using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Outbox;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Bench.Fanout;

/// <summary>
/// The bot's side: queues one message per member in a LiteDB file and runs the real dispatcher
/// against the connector until nothing is left to send. Run again on the same file (after a kill)
/// it queues the same keys — no-ops — and resumes.
/// </summary>
internal static class FanoutSender
{
    public const string Tenant = "tenant-bench";

    public static string KeyFor(int i) => $"dispatch:bench:{i:00000}";

    public static async Task<int> RunAsync(string dbPath, string serviceUrl, int messages)
    {
        using var store = new TaskStore(dbPath);
        var time = TimeProvider.System;
        var options = Options.Create(new OutboxOptions());
        var outbox = new ChatBot.Bot.Outbox.Outbox(store, time);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        outbox.Enqueue(Enumerable.Range(0, messages).Select(i => new OutboxItem(KeyFor(i),
            OutboxTarget.Conversation(Tenant, serviceUrl, $"a:member-{i:00000}"),
            new Activity { Type = Activity.Types.Message, Text = $"督办事项已下发，请签收 {KeyFor(i)}" })));
        var enqueued = clock.Elapsed.TotalSeconds;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
        IConnectorClient connector = new ConnectorClient(http, new TrustedServiceUrls(trustAnyLoopback: true));
        using var limits = new TeamsRateLimits(time, options);
        var dispatcher = new OutboxDispatcher(outbox, connector, new MemberConversations(store, connector, options.Value, time),
            limits, options, time, NullLogger<OutboxDispatcher>.Instance);
        await dispatcher.StartAsync(CancellationToken.None);
        while (outbox.Counts() is { Pending: > 0 } or { Sending: > 0 }) await Task.Delay(1000);
        await dispatcher.StopAsync(CancellationToken.None);

        var counts = outbox.Counts();
        var interrupted = store.Collection<OutboxMessage>(ChatBot.Bot.Outbox.Outbox.CollectionName).Count(m => m.InterruptedAttempts > 0);
        Console.Error.WriteLine($"sender: enqueue {enqueued:F1}s, dispatch {clock.Elapsed.TotalSeconds - enqueued:F1}s");
        Console.Error.WriteLine($"sender: sent={counts.Sent} failed={counts.Failed} resent_after_crash={interrupted}");
        return counts.Failed == 0 ? 0 : 1;
    }
}
