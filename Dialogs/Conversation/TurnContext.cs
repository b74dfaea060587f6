using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Conversation;

/// <summary>Everything a feature needs for one turn: the request, the acting member, the store, the clock.</summary>
public sealed class TurnContext(TurnRequest request, Member member, IStore store, BureauClock clock, BureauLanguage? bureau = null)
{
    public TurnRequest Request { get; } = request;
    public Member Member { get; } = member;
    public IStore Store { get; } = store;
    public BureauClock Clock { get; } = clock;
    public PendingStates Pending { get; } = new(store, clock);
    /// <summary>The bureau's language: channel cards, and people whose own language is not known yet.</summary>
    public BureauLanguage Bureau { get; } = bureau ?? BureauLanguage.Chinese;
    /// <summary>The speaker's language: the locale of this activity, else the one learned before, else the bureau's.</summary>
    public Lang Lang => string.IsNullOrWhiteSpace(Request.Locale) ? MemberLanguage.Of(Member, Bureau.Default) : Request.Lang;
    public string T(string zh, string en) => Lang.Pick(zh, en);

    /// <summary>The language of someone this turn sends a message to unasked.</summary>
    public Lang LangOf(Member recipient) => MemberLanguage.Of(recipient, Bureau.Default);
    public Lang LangOf(string memberId) => MemberLanguage.Of(Store, memberId, Bureau.Default);

    /// <summary>
    /// 代理: the speaker as on the roster when <see cref="Member"/> also carries the roles of the people they
    /// stand in for today (<see cref="Principals"/>); the speaker otherwise.
    /// </summary>
    public Member Self { get; init; } = member;
    public IReadOnlyList<Member> Principals { get; init; } = [];

    /// <summary>Appends an audit entry for a change made in this turn (call inside the same store write).</summary>
    public void Audit(string entityType, string entityId, string action, string? from, string? to) =>
        Store.Audit.Append(new AuditEntry
        {
            EntityType = entityType, EntityId = entityId, Action = action, From = from, To = to,
            ActorMemberId = Member.Id, At = Clock.UtcNow, ActivityId = Request.ActivityId,
            OnBehalfOf = Principals.Count == 0 ? null : OnBehalfOf(entityType, entityId),
        });

    /// <summary>Whose role the change needed: null when the speaker's own roles allow it, else the first principal whose do.</summary>
    private string? OnBehalfOf(string entityType, string entityId)
    {
        if (Self.IsOffice) return null;
        if (entityType == Items.ItemLifecycle.EntityType && Store.Items.Get(entityId) is { } a)
        {
            if (Items.ItemAccess.ActsOn(Store, Self, a)) return null;
            return (Principals.FirstOrDefault(p => Items.ItemAccess.ActsOn(Store, p, a)) ?? Principals[0]).Id;
        }
        return Principals[0].Id;
    }
}
