using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage;

/// <summary>代理 (Features/Delegation): who stands in for whom, when. Reached with <c>store.Get&lt;IDelegations&gt;()</c>; collection "delegations".</summary>
public interface IDelegations
{
    DelegationRecord? Get(string id);
    /// <summary>Every delegation naming the member as principal, oldest first.</summary>
    IReadOnlyList<DelegationRecord> OfPrincipal(string principalId);
    /// <summary>Every delegation naming the member as deputy, oldest first.</summary>
    IReadOnlyList<DelegationRecord> OfDeputy(string deputyId);
    IReadOnlyList<DelegationRecord> All();
    void Add(DelegationRecord delegation);
    void Update(DelegationRecord delegation);
}

public static class DelegationQueries
{
    /// <summary>The principals the member stands in for on <paramref name="day"/>.</summary>
    public static IReadOnlyList<DelegationRecord> ActingFor(this IDelegations delegations, string deputyId, DateOnly day) =>
        delegations.OfDeputy(deputyId).Where(d => d.IsActiveOn(day)).ToList();

    /// <summary>Who stands in for the member on <paramref name="day"/>.</summary>
    public static IReadOnlyList<DelegationRecord> DeputiesOf(this IDelegations delegations, string principalId, DateOnly day) =>
        delegations.OfPrincipal(principalId).Where(d => d.IsActiveOn(day)).ToList();
}
