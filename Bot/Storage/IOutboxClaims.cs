using ChatBot.Bot.Outbox;

namespace ChatBot.Bot.Storage;

/// <summary>
/// How a sender claims outbox messages when several processes share the store. Used inside
/// <c>IStore.Write</c>: <see cref="Lock"/> picks the candidates still pending and locks them for the
/// transaction (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>, so a row another sender is claiming is skipped, not
/// waited for); the caller then marks them Sending with its holder id and a lease in the same transaction.
/// Obtain it with <c>store.Get&lt;IOutboxClaims&gt;()</c>.
/// </summary>
public interface IOutboxClaims
{
    /// <summary>Of <paramref name="ids"/>, those still pending, locked until the transaction ends; the others were taken meanwhile.</summary>
    IReadOnlySet<string> Lock(IReadOnlyCollection<string> ids);

    /// <summary>
    /// Messages left Sending by a sender that is gone, locked for the transaction: on a store one process
    /// holds (LiteDB), every one not claimed by <paramref name="holder"/>; on a shared store, those whose
    /// claim's lease has run out (by the store's clock).
    /// </summary>
    IReadOnlyList<OutboxMessage> Abandoned(string holder);
}
