using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using ChatBot.Dialogs.Storage.LiteDb;

namespace ChatBot.Bot.Storage.LiteDb;

/// <summary>The host's repositories on the LiteDB file, registered with the store when this assembly loads.</summary>
internal static class BotLiteDbRepositories
{
    // A module initializer runs before any code of this assembly, so every LiteDbStore — the host's, a
    // test's, the bench's — can hand out these repositories without each caller registering them.
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Registration of this assembly's store implementations, nothing else.")]
    internal static void Register()
    {
        LiteDbStore.Provide<IOutboxRepository>(c => new LiteDbOutbox(c));
        LiteDbStore.Provide<IPostedCardRepository>(c => new LiteDbPostedCards(c));
        LiteDbStore.Provide<IWelcomedRepository>(c => new LiteDbWelcomed(c));
        LiteDbStore.Provide<IProcessedActivityRepository>(c => new LiteDbProcessedActivities(c));
        LiteDbStore.Provide<IFileOfferRepository>(c => new LiteDbFileOffers(c));
        LiteDbStore.Provide<ILeases>(c => new LiteDbLeases(c));
        LiteDbStore.Provide<IOutboxClaims>(c => new LiteDbOutboxClaims(c));
        LiteDbStore.Provide<IActivityClaims>(_ => new LiteDbActivityClaims());
    }
}
