using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Conversation;

/// <summary>Per conversation and member: what the bot is waiting for, stored with an expiry.</summary>
public sealed class PendingStates(TaskStore store, BureauClock clock)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(2);

    public PendingState? Get(string conversationId, string memberId) =>
        store.Pending.FindById(PendingState.KeyFor(conversationId, memberId));

    /// <summary>Live state only; an expired one is reported as expired so the feature can say so.</summary>
    public PendingState? GetLive(string conversationId, string memberId, out PendingState? expired)
    {
        var state = Get(conversationId, memberId);
        expired = state is not null && state.ExpiresAt <= clock.UtcNow ? state : null;
        return expired is null ? state : null;
    }

    public PendingState Set(string conversationId, string memberId, string kind, string data, TimeSpan? lifetime = null)
    {
        var state = new PendingState
        {
            Id = PendingState.KeyFor(conversationId, memberId),
            Kind = kind,
            Data = data,
            ExpiresAt = clock.UtcNow + (lifetime ?? DefaultLifetime),
        };
        store.Write(s => s.Pending.Upsert(state));
        return state;
    }

    public void Clear(string conversationId, string memberId) =>
        store.Write(s => s.Pending.Delete(PendingState.KeyFor(conversationId, memberId)));
}
