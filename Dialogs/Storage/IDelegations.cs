using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage;

/// <summary>代理 (Features/Delegation): who stands in for whom, when. Reached with <c>store.Get&lt;IDelegations&gt;()</c>; collection "delegations".</summary>
public interface IDelegations
{
    Delegation? Get(string id);
    /// <summary>Every delegation naming the member as principal, oldest first.</summary>
    IReadOnlyList<Delegation> OfPrincipal(string principalId);
    /// <summary>Every delegation naming the member as deputy, oldest first.</summary>
    IReadOnlyList<Delegation> OfDeputy(string deputyId);
    IReadOnlyList<Delegation> All();
    void Add(Delegation delegation);
    void Update(Delegation delegation);
}

public static class DelegationQueries
{
    /// <summary>The principals the member stands in for on <paramref name="day"/>.</summary>
    public static IReadOnlyList<Delegation> ActingFor(this IDelegations delegations, string deputyId, DateOnly day) =>
        delegations.OfDeputy(deputyId).Where(d => d.IsActiveOn(day)).ToList();

    /// <summary>Who stands in for the member on <paramref name="day"/>.</summary>
    public static IReadOnlyList<Delegation> DeputiesOf(this IDelegations delegations, string principalId, DateOnly day) =>
        delegations.OfPrincipal(principalId).Where(d => d.IsActiveOn(day)).ToList();
}
