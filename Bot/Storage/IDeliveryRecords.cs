using ChatBot.Bot.Channel;

namespace ChatBot.Bot.Storage;

/// <summary>Status cards posted once and updated in place: first outbox key and newest version per card.</summary>
public interface IPostedCardRepository
{
    ProactiveDelivery.PostedCard? Get(string updateKey);
    IReadOnlyList<ProactiveDelivery.PostedCard> All();
    void Add(ProactiveDelivery.PostedCard card);
    void Update(ProactiveDelivery.PostedCard card);
    void Delete(string updateKey);
}

/// <summary>Conversations the bot has welcomed, by conversation id.</summary>
public interface IWelcomedRepository
{
    WelcomeOnce.Welcomed? Get(string conversationId);
    void Add(WelcomeOnce.Welcomed welcomed);
    void Update(WelcomeOnce.Welcomed welcomed);
    void Delete(string conversationId);
}

/// <summary>Activity ids already handled (the dedupe window), by <see cref="ActivityDedupe.KeyOf"/>.</summary>
public interface IProcessedActivityRepository
{
    ActivityDedupe.Seen? Get(string key);
    void Put(ActivityDedupe.Seen seen);
    int Count();
    /// <summary>Every id in the window (loaded once into the dedupe's in-memory index).</summary>
    IReadOnlyList<ActivityDedupe.Seen> All();
    /// <summary>Forgets ids seen before <paramref name="cutoff"/>; returns how many.</summary>
    int PruneBefore(DateTimeOffset cutoff);
}
