using ChatBot.Bot.Channel;
using ChatBot.Bot.Storage;
using ChatBot.Bot.Replicas;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Outbox;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Bench.Fanout;

/// <summary>
/// The bot's side: queues one message per member in a LiteDB file and runs the real dispatcher
/// against the connector until nothing is left to send. Run again on the same file (after a kill)
/// it queues the same keys — no-ops — and resumes. Meanwhile units respond one after another and each
/// response updates the channel's status card through the bot's own ProactiveDelivery, which drops an
/// update still queued when a newer one arrives: the channel sees the latest state, not every step.
/// </summary>
internal static class FanoutSender
{
    public const string Tenant = "tenant-bench";

    public const string Channel = "19:bench-office@thread.tacv2";

    public static string KeyFor(int i) => $"dispatch:bench:{i:00000}";
    /// <summary>A member the bot never talked to: the dispatcher opens the 1:1 chat first.</summary>
    public static string NewMemberKeyFor(int i) => $"dispatch:bench-new:{i:00000}";
    public static string StatusKeyFor(int i) => $"status:bench:{i:00000}";
    /// <summary>The status card every update replaces in place.</summary>
    private const string StatusCard = "status-card:bench";

    public static async Task<int> RunAsync(string dbPath, string serviceUrl, int messages, int newMembers = 0, int channelUpdates = 0, int updateEveryMs = 250,
        string storeKind = "litedb", string? replicaId = null)
    {
        using var store = BenchStore.Open(storeKind, dbPath);
        // One of several replicas on one database: only the holder of the sender lease sends (Bot/Replicas).
        using var leadership = replicaId is null ? null
            : new Leadership(store, new ReplicaIdentity(replicaId), Options.Create(new ReplicaOptions()), NullLogger<Leadership>.Instance);
        if (leadership is not null) await leadership.StartAsync(CancellationToken.None);
        var time = TimeProvider.System;
        var options = Options.Create(new OutboxOptions { BotId = "28:bench-bot", DefaultServiceUrl = serviceUrl });
        var outbox = new ChatBot.Bot.Outbox.Outbox(store, time);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Members seen in Teams (a channel id) but never in a 1:1 chat with the bot. Upsert: a restarted sender adds none.
        store.Write(s =>
        {
            s.Addresses.Put(new ConversationAddress
            {
                Id = ConversationAddress.ForConversation(Channel), ConversationId = Channel, ConversationType = "channel",
                ChannelId = "msteams", ServiceUrl = serviceUrl, ServiceUrlTrusted = true, TenantId = Tenant, UpdatedAt = time.GetUtcNow(),
            });
            for (var i = 0; i < newMembers; i++)
                s.Roster.UpsertMember(new ChatBot.Dialogs.Domain.Member { Id = $"bench-new-{i:00000}", Name = $"成员{i}", ChannelUserId = $"29:bench-new-{i:00000}" });
        });
        var trusted = new TrustedServiceUrls(trustAnyLoopback: true);
        var delivery = new ProactiveDelivery(store, new ConversationReferences(store, outbox, trusted, time), outbox, NullLogger<ProactiveDelivery>.Instance);
        // The channel's status card: posted once, then updated in place as units respond (version = response number).
        ProactiveMessage Status(int i) =>
            ProactiveMessage.ToConversation(StatusKeyFor(i), Channel, new Reply($"传达落实情况 {StatusKeyFor(i)}", null), StatusCard) with { Version = i };
        // Posted with the dispatch, ahead of the notices; the responses update it while they go out.
        if (channelUpdates > 0) delivery.Deliver([Status(0)]);
        var items = Enumerable.Range(0, messages).Select(i => new OutboxItem(KeyFor(i),
            OutboxTarget.Conversation(Tenant, serviceUrl, $"a:member-{i:00000}"),
            new Activity { Type = Activity.Types.Message, Text = $"督办事项已下发，请签收 {KeyFor(i)}" }))
            .Concat(Enumerable.Range(0, newMembers).Select(i => new OutboxItem(NewMemberKeyFor(i),
                OutboxTarget.Member(Tenant, $"bench-new-{i:00000}", serviceUrl),
                new Activity { Type = Activity.Types.Message, Text = $"督办事项已下发，请签收 {NewMemberKeyFor(i)}" })));
        outbox.Enqueue(items);
        var enqueued = clock.Elapsed.TotalSeconds;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
        IConnectorClient connector = new ConnectorClient(http, trusted);
        using var limits = new TeamsRateLimits(time, options);
        var dispatcher = new OutboxDispatcher(outbox, connector, new MemberConversations(store, connector, options.Value, time),
            limits, options, time, NullLogger<OutboxDispatcher>.Instance, leadership: leadership);
        await dispatcher.StartAsync(CancellationToken.None);
        for (var i = 1; i <= channelUpdates; i++)
        {
            await Task.Delay(updateEveryMs);
            delivery.Deliver([Status(i)]);
        }
        while (outbox.Counts() is { Pending: > 0 } or { Sending: > 0 }) await Task.Delay(250);
        await dispatcher.StopAsync(CancellationToken.None);
        if (leadership is not null) await leadership.StopAsync(CancellationToken.None);

        var counts = outbox.Counts();
        var interrupted = Enum.GetValues<OutboxStatus>().Sum(status => store.Get<IOutboxRepository>().WithStatus(status).Count(m => m.InterruptedAttempts > 0));
        Console.Error.WriteLine($"sender: enqueue {enqueued:F1}s, dispatch {clock.Elapsed.TotalSeconds - enqueued:F1}s");
        Console.Error.WriteLine($"sender{(replicaId is null ? "" : " " + replicaId)}: sent={counts.Sent} failed={counts.Failed} resent_after_crash={interrupted}");
        return counts.Failed == 0 ? 0 : 1;
    }
}
