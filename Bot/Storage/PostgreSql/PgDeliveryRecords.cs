using ChatBot.Bot.Channel;
using ChatBot.Bot.Channel.Files;
using ChatBot.Dialogs.Storage.PostgreSql;

namespace ChatBot.Bot.Storage.PostgreSql;

internal sealed class PgPostedCards(PostgreSqlStore store) : IPostedCardRepository
{
    private readonly PgDocuments<ProactiveDelivery.PostedCard> _cards = store.Documents(BotPostgreSqlRepositories.PostedCards);
    public ProactiveDelivery.PostedCard? Get(string updateKey) => _cards.Get(updateKey);
    public IReadOnlyList<ProactiveDelivery.PostedCard> All() => _cards.All();
    public void Add(ProactiveDelivery.PostedCard card) => _cards.Insert(card);
    public void Update(ProactiveDelivery.PostedCard card) => _cards.Update(card);
    public void Delete(string updateKey) => _cards.Delete(updateKey);
}

internal sealed class PgWelcomed(PostgreSqlStore store) : IWelcomedRepository
{
    private readonly PgDocuments<WelcomeOnce.Welcomed> _welcomed = store.Documents(BotPostgreSqlRepositories.Welcomed);
    public WelcomeOnce.Welcomed? Get(string conversationId) => _welcomed.Get(conversationId);
    public void Add(WelcomeOnce.Welcomed welcomed) => _welcomed.Insert(welcomed);
    public void Update(WelcomeOnce.Welcomed welcomed) => _welcomed.Update(welcomed);
    public void Delete(string conversationId) => _welcomed.Delete(conversationId);
}

internal sealed class PgProcessedActivities(PostgreSqlStore store) : IProcessedActivityRepository
{
    private readonly PgDocuments<ActivityDedupe.Seen> _seen = store.Documents(BotPostgreSqlRepositories.ProcessedActivities);
    public ActivityDedupe.Seen? Get(string key) => _seen.Get(key);
    public void Put(ActivityDedupe.Seen seen) => _seen.Upsert(seen);
    public int Count() => _seen.Count();
    public IReadOnlyList<ActivityDedupe.Seen> All() => _seen.All();
    public int PruneBefore(DateTimeOffset cutoff) => _seen.DeleteWhere("at < $1", cutoff);
}

internal sealed class PgFileOffers(PostgreSqlStore store) : IFileOfferRepository
{
    private readonly PgDocuments<FileOffer> _offers = store.Documents(BotPostgreSqlRepositories.FileOffers);
    public FileOffer? Get(string id) => _offers.Get(id);
    public void Add(FileOffer offer) => _offers.Insert(offer);
    public void Update(FileOffer offer) => _offers.Update(offer);
    public int PruneBefore(DateTimeOffset cutoff) => _offers.DeleteWhere("offered_at < $1", cutoff);
}
