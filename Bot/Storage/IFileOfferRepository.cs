using ChatBot.Bot.Channel.Files;

namespace ChatBot.Bot.Storage;

/// <summary>Files offered to a member with a consent card, by offer id, until answered or a day old.</summary>
public interface IFileOfferRepository
{
    FileOffer? Get(string id);
    void Add(FileOffer offer);
    void Update(FileOffer offer);
    /// <summary>Drops offers made before <paramref name="cutoff"/>, answered or not; returns how many.</summary>
    int PruneBefore(DateTimeOffset cutoff);
}
