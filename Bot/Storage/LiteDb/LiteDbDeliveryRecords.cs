using ChatBot.Bot.Channel;
using ChatBot.Dialogs.Storage.LiteDb;
using LiteDB;

namespace ChatBot.Bot.Storage.LiteDb;

internal sealed class LiteDbPostedCards(LiteDbCollections c) : IPostedCardRepository
{
    private ILiteCollection<ProactiveDelivery.PostedCard> Cards => c.Collection<ProactiveDelivery.PostedCard>("posted_cards");

    public ProactiveDelivery.PostedCard? Get(string updateKey) => Cards.FindById(updateKey);
    public IReadOnlyList<ProactiveDelivery.PostedCard> All() => Cards.FindAll().ToList();
    public void Add(ProactiveDelivery.PostedCard card) => Cards.Insert(card);
    public void Update(ProactiveDelivery.PostedCard card) => Cards.Update(card);
    public void Delete(string updateKey) => Cards.Delete(updateKey);
}

internal sealed class LiteDbWelcomed(LiteDbCollections c) : IWelcomedRepository
{
    private ILiteCollection<WelcomeOnce.Welcomed> Welcomed => c.Collection<WelcomeOnce.Welcomed>("welcomed");

    public WelcomeOnce.Welcomed? Get(string conversationId) => Welcomed.FindById(conversationId);
    public void Add(WelcomeOnce.Welcomed welcomed) => Welcomed.Insert(welcomed);
    public void Update(WelcomeOnce.Welcomed welcomed) => Welcomed.Update(welcomed);
    public void Delete(string conversationId) => Welcomed.Delete(conversationId);
}

internal sealed class LiteDbProcessedActivities(LiteDbCollections c) : IProcessedActivityRepository
{
    private ILiteCollection<ActivityDedupe.Seen> Seen => c.Collection<ActivityDedupe.Seen>("processed_activities");

    public ActivityDedupe.Seen? Get(string key) => Seen.FindById(key);
    public void Put(ActivityDedupe.Seen seen) => Seen.Upsert(seen);
    public int Count() => Seen.Count();
    public IReadOnlyList<ActivityDedupe.Seen> All() => Seen.FindAll().ToList();
    public int PruneBefore(DateTimeOffset cutoff) => Seen.DeleteMany(x => x.At < cutoff);
}
