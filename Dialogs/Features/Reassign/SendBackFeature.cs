using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Reassign;

/// <summary>
/// 退回: a unit's head, deputy or liaison says an item is not theirs, with a reason; every office member
/// gets a card to reassign it (the unit chosen from the roster) or keep it with the unit. Until the
/// office answers, the item stays with the unit (and its reminders with it).
/// </summary>
public sealed class SendBackFeature : ITurnFeature
{

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct) => Task.FromResult(Handle(turn, intent));

    private static TurnResult Handle(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        if (ItemLookup.Find(turn, intent, out var notFound) is not { } item) return TurnResult.Of(notFound!);
        if (!ItemAccess.CanActForUnit(turn.Member, item))
            return TurnResult.Of(ReassignTexts.NotResponsible(lang, item.Number, ReassignPeople.Unit(turn.Store, item.UnitId)?.Name ?? item.UnitId));
        if (Refusal(turn, item) is { } refused) return TurnResult.Of(refused);

        var reason = turn.Arg(intent, "reason") ?? "";
        if (reason.Length == 0)
            return turn.IsFormSubmit() || turn.Request.Action is null
                ? new TurnResult().Say(ReassignTexts.NeedReason(lang)).Show(ReassignCards.RequestForm(lang, item))
                : new TurnResult().Show(ReassignCards.RequestForm(lang, item));
        if (reason.Length > 1000) reason = reason[..1000];

        var (current, result) = turn.Store.Write(s =>
        {
            var a = s.Items.Get(item.Id)!;
            if (Refusal(turn, a) is not null) return (a, (TurnResult?)null);
            var record = new ReassignRecord
            {
                Id = Guid.NewGuid().ToString("N"), AssignmentId = a.Id, Number = a.Number, FromUnitId = a.UnitId, Reason = reason,
                RequestedBy = turn.Member.Id, RequestedAt = turn.Clock.UtcNow,
            };
            s.Reassignments.Add(record);
            ItemLifecycle.Note(turn, a, AuditActions.SendBackRequest, a.UnitId, a.UnitId);
            var from = ReassignPeople.Unit(s, a.UnitId) ?? new Unit { Id = a.UnitId, Name = a.UnitId };
            var units = ReassignPeople.Units(s);
            return (a, TurnResult.Of(ReassignTexts.Requested(lang, a.Number)).Notify(s,
                ReassignPeople.Office(s).Where(m => m.Id != turn.Member.Id)
                    .Select(office => ProactiveMessage.ToMember($"sendback-request:{record.Id}:{office.Id}", office.Id,
                        new Reply(null, ReassignCards.ForOffice(turn.LangOf(office), a, from, turn.Member.Name, record, units))))));
        });
        return result ?? TurnResult.Of(Refusal(turn, current)!);
    }

    private static string? Refusal(TurnContext turn, Assignment a)
    {
        if (!a.IsOpen) return ReassignTexts.Closed(turn.Lang, a.Number);
        if (a.Status == AssignmentStatus.CheckOffRequested) return ReassignTexts.CheckOffPending(turn.Lang, a.Number);
        return turn.Store.Reassignments.Pending(a.Id) is not null ? ReassignTexts.AlreadyPending(turn.Lang, a.Number) : null;
    }
}
