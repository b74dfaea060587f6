using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Relay;

public enum RelayState
{
    NotSigned = 0,
    Signed = 1,
    Relayed = 2,
    Overdue = 3,
}

/// <summary>One unit's relay duty for one meeting, as the store has it now.</summary>
public sealed record RelayUnitState(
    Unit Unit,
    IReadOnlyList<string> RequiredForms,
    DateOnly? Due,
    UnitReceipt? Receipt,
    string? SignerName,
    IReadOnlyList<RelayConfirmation> Confirmations,
    RelayState State)
{
    /// <summary>Required forms not confirmed yet; with no form named, any one confirmation will do.</summary>
    public IReadOnlyList<string> Remaining =>
        RequiredForms.Count == 0
            ? (Confirmations.Count == 0 ? [RelayForms.AnyForm] : [])
            : RequiredForms.Where(f => Confirmations.All(c => c.Form != f)).ToList();

    public bool Done => Remaining.Count == 0;
}

/// <summary>
/// Reads the relay duties of a meeting: which units owe which forms by when, who signed, what was
/// confirmed. The status card, the chat answers and the web board all read it, so they agree.
/// </summary>
public sealed class RelayBoard(IStore store)
{
    public const string AllUnits = "*";

    /// <summary>Units the meeting's relay requirement names ("*" = every bureau-level unit on the roster, not sub-units), in roster order.</summary>
    public IReadOnlyList<Unit> UnitsOf(Meeting meeting)
    {
        var all = store.Roster.Units().ToList();
        if (meeting.Relay.Any(r => r.UnitIds.Contains(AllUnits))) return all.Where(u => u.ParentId is null).ToList();
        var named = meeting.Relay.SelectMany(r => r.UnitIds).ToHashSet();
        return all.Where(u => named.Contains(u.Id)).ToList();
    }

    public bool Requires(Meeting meeting, string unitId) =>
        meeting.Relay.Any(r => (r.UnitIds.Contains(AllUnits) && store.Roster.Unit(unitId)?.ParentId is null) || r.UnitIds.Contains(unitId));

    public IReadOnlyList<RelayUnitState> States(Meeting meeting, DateOnly today) =>
        UnitsOf(meeting).Select(u => State(meeting, u, today)).ToList();

    public RelayUnitState State(Meeting meeting, Unit unit, DateOnly today)
    {
        var requirements = meeting.Relay.Where(r => r.UnitIds.Contains(AllUnits) || r.UnitIds.Contains(unit.Id)).ToList();
        var forms = requirements.SelectMany(r => r.Forms).Distinct().ToList();
        var due = requirements.Where(r => r.Due is not null).Select(r => r.Due).Min();
        var receipt = store.Meetings.Receipt(meeting.Id, unit.Id);
        var signer = receipt is null ? null : store.Roster.Member(receipt.SignedBy)?.Name ?? receipt.SignedBy;
        var confirmations = store.Meetings.ConfirmationsOf(meeting.Id, unit.Id)
            .ToList()
            // In the order the requirement names the forms (班子会议 before 干部职工大会), as people read it.
            .OrderBy(r => Rank(forms, r.Form)).ThenBy(r => r.HeldOn).ToList();
        static int Rank(List<string> order, string form) => order.IndexOf(form) is >= 0 and var i ? i : order.Count + RelayForms.Known.ToList().IndexOf(form) + 1;
        var draft = new RelayUnitState(unit, forms, due, receipt, signer, confirmations, RelayState.NotSigned);
        var state = draft.Done ? RelayState.Relayed
            : due is { } d && d < today ? RelayState.Overdue
            : receipt is not null ? RelayState.Signed
            : RelayState.NotSigned;
        return draft with { State = state };
    }
}
