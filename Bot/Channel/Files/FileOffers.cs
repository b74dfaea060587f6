using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Storage;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Channel.Files;

/// <summary>
/// Files a turn made for a member (<see cref="OutgoingFile"/>) go to that member's 1:1 chat as a consent
/// card, whatever conversation asked: Teams hands a bot's file to a person only there. The offer and
/// its card are recorded in one transaction; the outbox delivers the card.
/// </summary>
public sealed class FileOffers(IStore store, ConversationReferences references, Outbox.Outbox outbox, TimeProvider time, ILogger<FileOffers> log)
{
    /// <summary>How long an offer waits for its answer (the pruning pass drops older ones).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public IReadOnlyList<FileOffer> Offer(IReadOnlyList<OutgoingFile> files)
    {
        if (files.Count == 0) return [];
        var now = time.GetUtcNow();
        var offers = files.Select(f => new FileOffer
        {
            Id = Guid.NewGuid().ToString("N"), MemberId = f.MemberId, Name = f.Name, Description = f.Description,
            Content = f.Content, Size = f.Content.LongLength, OfferedAt = now,
        }).ToList();
        store.Write(s =>
        {
            var repository = s.Get<IFileOfferRepository>();
            var items = new List<OutboxItem>();
            foreach (var offer in offers)
            {
                repository.Add(offer);
                items.Add(new OutboxItem("file:" + offer.Id, Target(offer.MemberId), Card(offer)));
            }
            outbox.EnqueueWithin(s, items);
        });
        log.LogInformation("{Count} file(s) offered to {Members}", offers.Count, string.Join(",", offers.Select(o => o.MemberId).Distinct()));
        return offers;
    }

    private OutboxTarget Target(string memberId)
    {
        var address = references.ForMember(memberId);
        return OutboxTarget.Member(address?.TenantId ?? references.AnyTenant(), memberId, address?.ServiceUrl);
    }

    private Activity Card(FileOffer offer)
    {
        var reference = references.ForMember(offer.MemberId) is { } address ? ConversationReferences.Read(address) : null;
        return new Activity
        {
            Type = Activity.Types.Message,
            ChannelId = reference?.ChannelId,
            From = reference?.Bot,
            Recipient = reference?.User,
            Conversation = reference?.Conversation,
            Attachments = [FileConsentCards.Consent(offer)],
        };
    }

    public FileOffer? Find(string id) => store.Get<IFileOfferRepository>().Get(id);

    /// <summary>Records the answer and drops the bytes; false when the offer was answered already (a second click).</summary>
    public bool Answer(string id, FileOfferStatus status) => store.Write(s =>
    {
        var repository = s.Get<IFileOfferRepository>();
        var offer = repository.Get(id);
        if (offer is null || offer.Status != FileOfferStatus.Offered) return false;
        offer.Status = status;
        offer.Content = null;
        offer.AnsweredAt = time.GetUtcNow();
        repository.Update(offer);
        return true;
    });

    /// <summary>Offers older than <see cref="Lifetime"/>, answered or not.</summary>
    public int Prune() => store.Write(s =>
    {
        var before = time.GetUtcNow() - Lifetime;
        return s.Get<IFileOfferRepository>().PruneBefore(before);
    });
}
