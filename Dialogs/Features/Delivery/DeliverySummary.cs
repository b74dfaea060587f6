using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Delivery;

/// <summary>
/// A meeting's dispatch notices counted by person (someone who heads two units gets two cards but is one
/// person to chase): delivered, still being tried, unreached (by name), failed (by name, with the reason).
/// </summary>
public sealed record DeliverySummary(
    IReadOnlyList<string> Delivered,
    IReadOnlyList<string> Trying,
    IReadOnlyList<(string Name, DeliveryProblem Problem)> Unreached,
    IReadOnlyList<(string Name, DeliveryProblem Problem, int? StatusCode)> Failed)
{
    public int People => Delivered.Count + Trying.Count + Unreached.Count + Failed.Count;

    /// <summary>The outbox has tried everyone: nothing is queued or in flight any more.</summary>
    public bool Settled => Trying.Count == 0;

    public bool AnyUnreached => Unreached.Count + Failed.Count > 0;

    public static DeliverySummary Of(IStoreSession store, IReadOnlyList<NoticeDelivery> notices)
    {
        var delivered = new List<string>();
        var trying = new List<string>();
        var unreached = new List<(string, DeliveryProblem)>();
        var failed = new List<(string, DeliveryProblem, int?)>();
        foreach (var person in notices.GroupBy(n => n.MemberId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = store.Roster.Member(person.Key)?.Name ?? person.Key;
            // The state that still needs someone's attention wins over the ones that went well.
            if (person.FirstOrDefault(n => n.State == DeliveryState.Trying) is not null) trying.Add(name);
            else if (person.FirstOrDefault(n => n.State == DeliveryState.Failed) is { } f) failed.Add((name, f.Problem, f.StatusCode));
            else if (person.FirstOrDefault(n => n.State == DeliveryState.Unreached) is { } u) unreached.Add((name, u.Problem));
            else delivered.Add(name);
        }
        return new DeliverySummary(delivered, trying, unreached, failed);
    }
}
