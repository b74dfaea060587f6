using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using ChatBot.Bot.Channel;
using ChatBot.Bot.Channel.Files;
using ChatBot.Bot.Outbox;
using ChatBot.Dialogs.Storage.PostgreSql;

namespace ChatBot.Bot.Storage.PostgreSql;

/// <summary>The host's tables and repositories on PostgreSQL, registered with the store when this assembly loads.</summary>
internal static class BotPostgreSqlRepositories
{
    public static readonly PgTable<OutboxMessage> Outbox = new PgTable<OutboxMessage>("outbox", m => m.Id)
        .Column("status", PgType.Text, m => m.Status)
        // Set only while a message is pending, so the index holds exactly the queue.
        .Column("due_at", PgType.Instant, m => m.DueAt)
        .Column("member_id", PgType.Text, m => m.MemberId)
        .Column("conversation_id", PgType.Text, m => m.ConversationId)
        .Column("update_of_key", PgType.Text, m => m.UpdateOfKey)
        .Column("created_at", PgType.Instant, m => m.CreatedAt)
        .Column("updated_at", PgType.Instant, m => m.UpdatedAt, PgIndex.None)
        .Column("sent_at", PgType.Instant, m => m.SentAt, PgIndex.None);

    public static readonly PgTable<ProactiveDelivery.PostedCard> PostedCards = new("posted_cards", c => c.Id);

    public static readonly PgTable<WelcomeOnce.Welcomed> Welcomed = new("welcomed", w => w.Id);

    public static readonly PgTable<ActivityDedupe.Seen> ProcessedActivities = new PgTable<ActivityDedupe.Seen>("processed_activities", s => s.Id)
        .Column("at", PgType.Instant, s => s.At);

    public static readonly PgTable<FileOffer> FileOffers = new PgTable<FileOffer>("file_offers", o => o.Id)
        .Column("offered_at", PgType.Instant, o => o.OfferedAt);

    // A module initializer runs before any code of this assembly, so every PostgreSqlStore can hand out
    // these repositories (and create their tables) without each caller registering them.
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Registration of this assembly's store implementations, nothing else.")]
    internal static void Register()
    {
        PgSchema.Add("0002_host", [Outbox, PostedCards, Welcomed, ProcessedActivities, FileOffers]);
        PostgreSqlStore.Provide<IOutboxRepository>(s => new PgOutbox(s));
        PostgreSqlStore.Provide<IPostedCardRepository>(s => new PgPostedCards(s));
        PostgreSqlStore.Provide<IWelcomedRepository>(s => new PgWelcomed(s));
        PostgreSqlStore.Provide<IProcessedActivityRepository>(s => new PgProcessedActivities(s));
        PostgreSqlStore.Provide<IFileOfferRepository>(s => new PgFileOffers(s));
    }
}
