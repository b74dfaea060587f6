using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// Per conversation, member and kind: what the bot is waiting for, stored with an expiry. Kinds are
/// independent — a feature sets and clears only its own, so a clarifying question asked during a
/// review leaves the review waiting.
/// </summary>
public sealed class PendingStates(TaskStore store, BureauClock clock)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(2);

    /// <summary>The state of this kind, live or expired.</summary>
    public PendingState? Get(string conversationId, string memberId, string kind) =>
        store.Pending.FindById(PendingState.KeyFor(conversationId, memberId, kind));

    /// <summary>The state of this kind while it lives; null once expired.</summary>
    public PendingState? Live(string conversationId, string memberId, string kind) =>
        Get(conversationId, memberId, kind) is { } state && state.ExpiresAt > clock.UtcNow ? state : null;

    /// <summary>Every live question waiting on this member here, newest first; expired ones are removed.</summary>
    public IReadOnlyList<PendingState> Waiting(string conversationId, string memberId)
    {
        // Asked on every turn: a parameterised expression, not a lambda — LiteDB's LINQ visitor rebuilt and
        // re-parsed it each time, about a tenth of a 帮助 turn's CPU (bench turns).
        var all = store.Pending.Find(LiteDB.BsonExpression.Create("$.MemberId = @0 AND $.ConversationId = @1", memberId, conversationId)).ToList();
        var now = clock.UtcNow;
        var expired = all.Where(p => p.ExpiresAt <= now).Select(p => p.Id).ToList();
        if (expired.Count > 0) store.Write(s => { foreach (var id in expired) s.Pending.Delete(id); });
        return all.Where(p => p.ExpiresAt > now).OrderByDescending(p => p.SetAt).ToList();
    }

    /// <summary>Asks (or asks again) the question of this kind; other kinds are left as they are.</summary>
    public PendingState Set(string conversationId, string memberId, string kind, string data, TimeSpan? lifetime = null)
    {
        var now = clock.UtcNow;
        var state = new PendingState
        {
            Id = PendingState.KeyFor(conversationId, memberId, kind),
            ConversationId = conversationId,
            MemberId = memberId,
            Kind = kind,
            Data = data,
            SetAt = now,
            ExpiresAt = now + (lifetime ?? DefaultLifetime),
        };
        store.Write(s => s.Pending.Upsert(state));
        return state;
    }

    /// <summary>Drops the question of this kind only.</summary>
    public void Clear(string conversationId, string memberId, string kind) =>
        store.Write(s => s.Pending.Delete(PendingState.KeyFor(conversationId, memberId, kind)));
}
