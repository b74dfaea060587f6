using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Conversation;

/// <summary>Everything a feature needs for one turn: the request, the acting member, the store, the clock.</summary>
public sealed class TurnContext(TurnRequest request, Member member, TaskStore store, BureauClock clock)
{
    public TurnRequest Request { get; } = request;
    public Member Member { get; } = member;
    public TaskStore Store { get; } = store;
    public BureauClock Clock { get; } = clock;
    public PendingStates Pending { get; } = new(store, clock);
    public Lang Lang => Request.Lang;
    public string T(string zh, string en) => Lang.Pick(zh, en);

    /// <summary>Appends an audit entry for a change made in this turn (call inside the same store write).</summary>
    public void Audit(string entityType, string entityId, string action, string? from, string? to) =>
        Store.AppendAudit(entityType, entityId, action, from, to, Member.Id, Clock.UtcNow, Request.ActivityId);
}
