using System.Security.Cryptography;
using System.Text;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Outbox;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Channel;

/// <summary>
/// The replies of a turn reach the user: sent at once while the channel's window lasts, and whatever
/// is not sent by then, or fails, queued in the durable outbox — in the same transaction that marks
/// the activity handled, so a crash either leaves the activity to be run again or the replies queued.
/// </summary>
public sealed class ReplyDelivery(IStore store, IConnectorClient connector, Outbox.Outbox outbox, ActivityDedupe dedupe, ILogger<ReplyDelivery> log)
{
    /// <summary>Sends the replies directly until <paramref name="window"/> ends; the rest go through the outbox.</summary>
    public async Task DeliverAsync(Activity incoming, IReadOnlyList<Reply> replies, CancellationToken window)
    {
        var sent = 0;
        foreach (var reply in replies)
        {
            if (window.IsCancellationRequested) break;
            try
            {
                await connector.ReplyToActivityAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, incoming.Id ?? "", ActivityMapper.ToReply(incoming, reply), window);
                sent++;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Token endpoint down, connector slow or refusing: the outbox retries at Teams' pace.
                log.LogWarning("Reply {Index} to activity {ActivityId} not sent directly ({Error}); it goes through the outbox",
                    sent + 1, incoming.Id, window.IsCancellationRequested ? "the window ended" : e.GetType().Name + ": " + e.Message);
                break;
            }
        }
        Queue(incoming, replies.Skip(sent).ToList(), sent);
    }

    /// <summary>Queues the replies in the outbox and marks the activity handled, in one transaction.</summary>
    public void Queue(Activity incoming, IReadOnlyList<Reply> replies, int firstIndex = 0)
    {
        List<OutboxItem> items = [];
        if (replies.Count > 0 && incoming.ServiceUrl is { } serviceUrl && incoming.Conversation?.Id is { } conversationId)
        {
            var stem = "reply:" + Stem(incoming);
            var target = OutboxTarget.Conversation(incoming.TenantId, serviceUrl, conversationId);
            items = replies.Select((r, i) => new OutboxItem($"{stem}:{firstIndex + i}", target, ActivityMapper.ToReply(incoming, r))).ToList();
        }
        store.Write(s =>
        {
            if (items.Count > 0) outbox.EnqueueWithin(s, items);
            dedupe.Complete(incoming);
        });
        if (items.Count > 0) log.LogInformation("{Count} replies to activity {ActivityId} queued in the outbox", items.Count, incoming.Id);
    }

    /// <summary>Stable per activity (a redelivery queues under the same keys); a hash keeps the key short.</summary>
    private static string Stem(Activity incoming) =>
        ActivityDedupe.KeyOf(incoming) is { } key
            ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32]
            : Guid.NewGuid().ToString("N");
}
