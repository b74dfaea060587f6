using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Reassign;

/// <summary>
/// The office's answer to a 退回: 改派 gives the item to the chosen unit (history kept; the old unit is
/// told; the new unit's head and liaison get the dispatch card, each in their language), or the item stays
/// with its unit with an explanation. A card for a send-back already answered, or for an item since
/// closed, gets a clear answer and changes nothing; two office members at once make one decision.
/// </summary>
public sealed class ReassignDecisionFeature : ITurnFeature
{

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct) => Task.FromResult(Handle(turn, intent));

    private static TurnResult Handle(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        var reassign = intent.Name == ReassignDecisionCapability.Reassign;
        if (!turn.Member.IsOffice) return TurnResult.Of(ReassignTexts.OfficeOnly(lang));
        if (ItemLookup.Find(turn, intent, out var notFound) is not { } item) return TurnResult.Of(notFound!);
        var named = CardValues.Text(turn.Request.Action, ReassignCards.RequestKey);
        if (Stale(turn, item, named) is { } stale) return TurnResult.Of(stale);
        var pending = named is not null ? turn.Store.Reassignments.Get(named)! : turn.Store.Reassignments.Pending(item.Id)!;

        Unit? to = null;
        var note = turn.Arg(intent, "reason") ?? "";
        if (reassign)
        {
            var byId = CardValues.Text(turn.Request.Action, ReassignCards.UnitIdKey);
            var said = turn.Arg(intent, "unit");
            if (string.IsNullOrWhiteSpace(byId) && string.IsNullOrWhiteSpace(said)) return TurnResult.Of(ReassignTexts.WhichUnit(lang));
            to = !string.IsNullOrWhiteSpace(byId) ? ReassignPeople.Unit(turn.Store, byId) : MemberDirectory.FindUnit(turn.Store, said!);
            if (to is null) return TurnResult.Of(ReassignTexts.UnknownUnit(lang, (said ?? byId ?? "").Trim()));
            if (to.Id == item.UnitId) return TurnResult.Of(ReassignTexts.SameUnit(lang, item.Number, to.Name));
        }
        else if (note.Length == 0)
        {
            return turn.IsFormSubmit() || turn.Request.Action is null
                ? new TurnResult().Say(ReassignTexts.NeedNote(lang)).Show(ReassignCards.KeepForm(lang, item, pending.Id))
                : new TurnResult().Show(ReassignCards.KeepForm(lang, item, pending.Id));
        }
        if (note.Length > 1000) note = note[..1000];

        var (current, result) = turn.Store.Write(s =>
        {
            var a = s.Items.Get(item.Id)!;
            if (Stale(turn, a, pending.Id) is not null) return (a, (TurnResult?)null);
            var record = s.Reassignments.Get(pending.Id)!;
            var from = ReassignPeople.Unit(s, a.UnitId)?.Name ?? a.UnitId;
            var oldContacts = ReassignPeople.Contacts(s, a.UnitId).Select(m => m.Id).Append(record.RequestedBy).Distinct().Where(id => id != turn.Member.Id).ToList();
            if (!reassign)
            {
                s.Reassignments.Decide(record, ReassignDecision.Kept, turn.Member.Id, turn.Clock.UtcNow, null, note);
                ItemLifecycle.Note(turn, a, AuditActions.ReassignKeep, a.UnitId, a.UnitId);
                return (a, TurnResult.Of(ReassignTexts.Kept(lang, a.Number, from)).Notify(s, oldContacts.Select(id =>
                    ProactiveMessage.ToMember($"reassign-keep:{record.Id}:{id}", id, new Reply(ReassignTexts.ToldKept(turn.LangOf(id), a.Number, a.Task, note), null)))));
            }

            s.Reassignments.Decide(record, ReassignDecision.Reassigned, turn.Member.Id, turn.Clock.UtcNow, to!.Id, null);
            ItemLifecycle.Reassign(turn, a, to.Id);
            var notices = oldContacts.Select(id => ProactiveMessage.ToMember($"reassign-away:{record.Id}:{id}", id,
                new Reply(ReassignTexts.ToldReassignedAway(turn.LangOf(id), a.Number, a.Task, to.Name), null))).ToList();
            // The new unit hears as a dispatch does: its head and liaison, the meeting's dispatch card with this item.
            var meeting = ReassignPeople.Meeting(s, a.MeetingId);
            foreach (var member in ReassignPeople.Contacts(s, to.Id).Where(m => m.Id != turn.Member.Id))
            {
                var theirs = turn.LangOf(member);
                var card = meeting is null ? null : RelayCards.Dispatch(meeting, to, [a], theirs, member.Id, zone: turn.Clock.Zone);
                notices.Add(ProactiveMessage.ToMember($"reassign-here:{record.Id}:{member.Id}", member.Id,
                    new Reply(ReassignTexts.ToldReassignedHere(theirs, a.Number, from), card)));
            }
            return (a, TurnResult.Of(ReassignTexts.Reassigned(lang, a.Number, from, to.Name)).Notify(s, notices));
        });
        return result ?? TurnResult.Of(Stale(turn, current, pending.Id)!);
    }

    private static string? Stale(TurnContext turn, Assignment a, string? requestId)
    {
        var lang = turn.Lang;
        var record = requestId is not null ? turn.Store.Reassignments.Get(requestId) : turn.Store.Reassignments.Pending(a.Id);
        if (record is null || record.AssignmentId != a.Id) return ReassignTexts.NoPending(lang, a.Number);
        if (record.Decision != ReassignDecision.Pending)
            return ReassignTexts.AlreadyDecided(lang, a.Number, record.Decision,
                turn.Store.Roster.Member(record.DecidedBy ?? "")?.Name ?? record.DecidedBy ?? "",
                record.ToUnitId is { } u ? ReassignPeople.Unit(turn.Store, u)?.Name ?? u : null);
        if (!a.IsOpen || a.Status == AssignmentStatus.CheckOffRequested) return ReassignTexts.ItemMovedOn(lang, a.Number);
        return null;
    }
}
