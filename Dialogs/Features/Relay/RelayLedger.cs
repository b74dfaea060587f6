using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>
/// The relay slice's writes: 签收, confirmation, correction. Each is one store transaction with its
/// audit entries, and each reads the board inside that transaction, so the status card sent after it
/// shows exactly the state it produced — even when thirty units answer at once. The board is read
/// once per change, and only when the change is broadcast (<c>Board</c> is null otherwise); the unit's
/// own state is taken from it.
/// </summary>
public sealed class RelayLedger(TurnContext turn, RelayBoard board)
{
    public sealed record Signed(bool IsNew, int Items, UnitReceipt Receipt, RelayUnitState State, IReadOnlyList<RelayUnitState>? Board);
    public sealed record Confirmed(IReadOnlyList<RelayConfirmation> Recorded, IReadOnlyList<RelayConfirmation> Already, bool EvidenceAdded,
        RelayUnitState State, IReadOnlyList<RelayUnitState>? Board);
    public sealed record Corrected(RelayConfirmation? Before, RelayConfirmation? After, RelayUnitState State, IReadOnlyList<RelayUnitState>? Board);

    private DateOnly Today => turn.Clock.Today;

    /// <summary>The unit's state after a write, and the whole board when the write changed what the board shows.</summary>
    private (RelayUnitState State, IReadOnlyList<RelayUnitState>? Board) After(Meeting meeting, Unit unit, bool changed)
    {
        if (!changed) return (board.State(meeting, unit, Today), null);
        var states = board.States(meeting, Today);
        return (states.FirstOrDefault(s => s.Unit.Id == unit.Id) ?? board.State(meeting, unit, Today), states);
    }

    /// <summary>签收: once per meeting and unit; the first signer and time stand.</summary>
    public Signed Sign(Meeting meeting, Unit unit) => turn.Store.Write(s =>
    {
        var key = UnitReceipt.KeyFor(meeting.Id, unit.Id);
        if (s.Meetings.Receipt(meeting.Id, unit.Id) is { } earlier)
        {
            var (was, _) = After(meeting, unit, changed: false);
            return new Signed(false, 0, earlier, was, null);
        }

        var now = turn.Clock.UtcNow;
        var receipt = new UnitReceipt { Id = key, MeetingId = meeting.Id, UnitId = unit.Id, SignedBy = turn.Member.Id, SignedAt = now };
        s.Meetings.AddReceipt(receipt);
        turn.Audit("relay", key, "signFor", null, turn.Member.Name);
        var items = 0;
        foreach (var a in s.Items.OfMeetingAndUnit(meeting.Id, unit.Id).Where(a => a.SignedAt is null).ToList())
            if (ItemLifecycle.SignFor(turn, a)) items++;
        var (state, states) = After(meeting, unit, changed: true);
        return new Signed(true, items, receipt, state, states);
    });

    /// <summary>
    /// One record per form, keyed by <see cref="RelayConfirmation.KeyFor"/>: a form confirmed before is
    /// left as it was (a correction is a separate, audited step); new evidence is added to it.
    /// </summary>
    public Confirmed Confirm(Meeting meeting, Unit unit, DateOnly held, IReadOnlyList<string> forms, int attendees, string? notes, IReadOnlyList<EvidenceFile> evidence) =>
        turn.Store.Write(s =>
        {
            var recorded = new List<RelayConfirmation>();
            var already = new List<RelayConfirmation>();
            var evidenceAdded = false;
            foreach (var form in forms.Distinct())
            {
                var id = RelayConfirmation.KeyFor(meeting.Id, unit.Id, form);
                if (s.Meetings.Confirmation(id) is { } existing)
                {
                    var fresh = evidence.Where(e => existing.Evidence.All(x => x.Url != e.Url)).ToList();
                    if (fresh.Count > 0)
                    {
                        existing.Evidence.AddRange(fresh);
                        s.Meetings.UpdateConfirmation(existing);
                        turn.Audit("relay", id, "addEvidence", null, string.Join(", ", fresh.Select(f => f.Name)));
                        evidenceAdded = true;
                    }
                    already.Add(existing);
                    continue;
                }
                var record = new RelayConfirmation
                {
                    Id = id, MeetingId = meeting.Id, UnitId = unit.Id, Form = form, HeldOn = held, Attendees = attendees,
                    Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(), Evidence = evidence.ToList(),
                    ConfirmedBy = turn.Member.Id, ConfirmedAt = turn.Clock.UtcNow,
                };
                s.Meetings.AddConfirmation(record);
                turn.Audit("relay", id, "confirm", null, Describe(record));
                recorded.Add(record);
            }
            var (state, states) = After(meeting, unit, changed: recorded.Count > 0);
            return new Confirmed(recorded, already, evidenceAdded, state, states);
        });

    /// <summary>
    /// 更正: replaces the values of one record (the named form, else the latest confirmed); the audit
    /// keeps both, from → to. Null values are left as they were.
    /// </summary>
    public Corrected Correct(Meeting meeting, Unit unit, string? form, DateOnly? held, int? attendees, string? notes) =>
        turn.Store.Write(s =>
        {
            var target = form is not null
                ? s.Meetings.Confirmation(RelayConfirmation.KeyFor(meeting.Id, unit.Id, form))
                : s.Meetings.ConfirmationsOf(meeting.Id, unit.Id).OrderByDescending(r => r.ConfirmedAt).FirstOrDefault();
            if (target is null) return new Corrected(null, null, board.State(meeting, unit, Today), null);
            var before = Copy(target);
            if (held is { } h) target.HeldOn = h;
            if (attendees is { } n) target.Attendees = n;
            if (notes is not null) target.Notes = notes.Trim();
            if (Describe(before) == Describe(target)) return new Corrected(before, null, board.State(meeting, unit, Today), null);
            target.ConfirmedBy = turn.Member.Id;
            target.ConfirmedAt = turn.Clock.UtcNow;
            s.Meetings.UpdateConfirmation(target);
            turn.Audit("relay", target.Id, "correct", Describe(before), Describe(target));
            var (state, states) = After(meeting, unit, changed: true);
            return new Corrected(before, target, state, states);
        });

    /// <summary>The values an audit entry shows, in a fixed, language-free form.</summary>
    public static string Describe(RelayConfirmation r) =>
        $"form={r.Form}; held={r.HeldOn:yyyy-MM-dd}; attendees={r.Attendees}" + (r.Notes is null ? "" : $"; notes={r.Notes}");

    private static RelayConfirmation Copy(RelayConfirmation r) => new()
    {
        Id = r.Id, MeetingId = r.MeetingId, UnitId = r.UnitId, Form = r.Form, HeldOn = r.HeldOn, Attendees = r.Attendees,
        Notes = r.Notes, Evidence = r.Evidence.ToList(), ConfirmedBy = r.ConfirmedBy, ConfirmedAt = r.ConfirmedAt,
    };
}
