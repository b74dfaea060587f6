using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Storage;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Channel;

/// <summary>
/// Messages for people who did not write this turn go through the durable outbox: recorded once
/// under their idempotency key, sent at Teams' pace, retried, and kept when undeliverable.
/// </summary>
public sealed class ProactiveDelivery(IStore store, ConversationReferences references, Outbox.Outbox outbox, ILogger<ProactiveDelivery> log,
    BureauClock? clock = null, BureauLanguage? bureau = null)
    : INoticeRecorder
{
    /// <summary>A change's notices, queued inside the change's own transaction (the write below joins it).</summary>
    public void Record(IStoreSession transaction, IReadOnlyList<ProactiveMessage> notices) => Deliver(notices);

    /// <summary>The first message posted under an update key; later ones replace it in place.</summary>
    public sealed class PostedCard
    {
        public string Id { get; set; } = "";
        public string FirstKey { get; set; } = "";
        public long Version { get; set; }
    }

    /// <summary>Records the messages in the outbox (one store transaction, or the caller's); the dispatcher sends them.</summary>
    public void Deliver(IEnumerable<ProactiveMessage> messages)
    {
        var list = messages.ToList();
        if (list.Count == 0) return;
        store.Write(s =>
        {
            // 代理: someone standing in for a recipient today gets a copy of each message for them.
            if (clock is not null) list = Dialogs.Features.Delegation.DelegationCopies.With(s, list, clock.Today, bureau ?? BureauLanguage.Chinese).ToList();
            var items = new List<OutboxItem>();
            foreach (var message in list)
                if (!IsStale(s, message) && ToItem(s, message) is { } item) items.Add(item);
            outbox.EnqueueWithin(s, items);
        });
    }

    private OutboxItem? ToItem(IStoreSession s, ProactiveMessage message)
    {
        OutboxTarget target;
        ConversationReference? reference;
        if (message.MemberId is { } memberId)
        {
            var address = references.ForMember(memberId);
            reference = address is null ? null : ConversationReferences.Read(address);
            target = OutboxTarget.Member(address?.TenantId ?? references.AnyTenant(), memberId, address?.ServiceUrl);
        }
        else if (message.ConversationId is { } conversationId && references.ForConversation(conversationId) is { } address)
        {
            reference = ConversationReferences.Read(address);
            target = OutboxTarget.Conversation(address.TenantId, address.ServiceUrl, conversationId);
        }
        else
        {
            log.LogWarning("No conversation reference for {Key}; the bot was never added to that conversation", message.IdempotencyKey);
            return null;
        }

        var activity = new Activity
        {
            Type = Activity.Types.Message,
            ChannelId = reference?.ChannelId,
            From = reference?.Bot,
            Recipient = message.MemberId is null ? null : reference?.User,
            Conversation = reference?.Conversation,
            Text = message.Message.Text,
            TextFormat = message.Message.Text is null ? null : "markdown",
            Attachments = message.Message.Card is null ? null : [ActivityMapper.CardAttachment(message.Message.Card)],
        };
        return new OutboxItem(message.IdempotencyKey, target, activity, UpdateOfKey: UpdateOf(s, message), Perishable: message.Perishable);
    }

    /// <summary>An update read from an older store version than one already queued: it would undo newer news.</summary>
    private static bool IsStale(IStoreSession s, ProactiveMessage message)
    {
        if (message.UpdateKey is not { } updateKey || message.Version is not { } version) return false;
        var posted = s.Get<IPostedCardRepository>();
        var card = posted.Get(updateKey);
        if (card is null) return false;
        if (version < card.Version) return true;
        card.Version = version;
        posted.Update(card);
        return false;
    }

    /// <summary>The key of the message an update replaces; superseded updates still queued are dropped.</summary>
    private static string? UpdateOf(IStoreSession s, ProactiveMessage message)
    {
        if (message.UpdateKey is not { } updateKey) return null;
        var posted = s.Get<IPostedCardRepository>();
        var first = posted.Get(updateKey);
        if (first is null)
        {
            posted.Add(new PostedCard { Id = updateKey, FirstKey = message.IdempotencyKey, Version = message.Version ?? 0 });
            return null;
        }
        s.Get<IOutboxRepository>().DeletePendingUpdatesOf(first.FirstKey);
        return first.FirstKey;
    }
}
