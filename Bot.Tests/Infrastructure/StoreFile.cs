using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>
/// The LiteDB file under a store, for assertions about what is stored there (every document of a
/// collection, its count) and for seeding rows the seam has no method for. Tests that describe
/// behaviour go through the repositories.
/// </summary>
public static class StoreFile
{
    public static LiteDbCollections Lite(this IStoreSession store) => ((LiteDbStore)store).Collections;
}
