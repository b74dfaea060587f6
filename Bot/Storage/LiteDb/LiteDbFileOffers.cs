using ChatBot.Bot.Channel.Files;
using ChatBot.Dialogs.Storage.LiteDb;
using LiteDB;

namespace ChatBot.Bot.Storage.LiteDb;

internal sealed class LiteDbFileOffers(LiteDbCollections c) : IFileOfferRepository
{
    private ILiteCollection<FileOffer> Offers => c.Collection<FileOffer>("file_offers");

    public FileOffer? Get(string id) => Offers.FindById(id);
    public void Add(FileOffer offer) => Offers.Insert(offer);
    public void Update(FileOffer offer) => Offers.Update(offer);
    public int PruneBefore(DateTimeOffset cutoff) => Offers.DeleteMany(o => o.OfferedAt < cutoff);
}
