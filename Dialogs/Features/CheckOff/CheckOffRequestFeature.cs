using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.CheckOff;

/// <summary>
/// 申请销号: a unit's head, deputy or liaison says an item is done, with a note and optional evidence
/// files; the item awaits the office, and every office member gets a card to approve or send back.
/// </summary>
public sealed class CheckOffRequestFeature : ITurnFeature
{
    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct) => Task.FromResult(Handle(turn, intent));

    private static TurnResult Handle(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        if (ItemLookup.Find(turn, intent, out var notFound) is not { } item) return TurnResult.Of(notFound!);
        if (!ItemAccess.CanRequestCheckOff(turn.Member, item))
            return TurnResult.Of(CheckOffTexts.NotResponsible(lang, item.Number, UnitName(turn, item.UnitId)));
        if (Refusal(lang, item) is { } refused) return TurnResult.Of(refused);
        if (Cascade.CascadeReview.OpenChildren(turn.Store, item) is { Count: > 0 } below) return TurnResult.Of(Cascade.CascadeReview.ChildrenOpen(lang, item.Number, below));

        var note = turn.Arg(intent, "note") ?? "";
        var files = turn.Request.Files;
        if (note.Length == 0 && files.Count == 0)
            return turn.IsFormSubmit()
                ? new TurnResult().Say(CheckOffTexts.NeedNote(lang)).Show(CheckOffCards.RequestForm(lang, item))
                : new TurnResult().Show(CheckOffCards.RequestForm(lang, item));

        var record = new CheckOffRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            AssignmentId = item.Id,
            Number = item.Number,
            UnitId = item.UnitId,
            Note = note.Length > 1000 ? note[..1000] : note,
            Evidence = files.Select(f => new EvidenceFile { Name = f.Name, ContentType = f.ContentType, Url = f.Url, Size = f.Size }).ToList(),
            RequestedBy = turn.Member.Id,
            RequestedAt = turn.Clock.UtcNow,
        };
        var (current, result) = turn.Store.Write(s =>
        {
            // Decide on the state inside the transaction, so two requests at once make one.
            var a = s.Items.Get(item.Id);
            if (Refusal(lang, a) is not null) return (a, (TurnResult?)null);
            if (Cascade.CascadeReview.OpenChildren(s, a) is { Count: > 0 } below) return (a, TurnResult.Of(Cascade.CascadeReview.ChildrenOpen(lang, a.Number, below)));
            s.CheckOffs.Add(record);
            ItemLifecycle.Move(turn, a, AssignmentStatus.CheckOffRequested, AuditActions.CheckOffRequest);
            // The office's cards are queued with the change (same transaction), each in its reader's language.
            var unitName = UnitName(turn, a.UnitId);
            // 逐级审核: an item passed down goes to the head of the unit that passed it, the rest to the office.
            if (a.ParentId is not null)
                return (a, TurnResult.Of(Cascade.CascadeReview.Requested(lang, item.Number, UnitName(turn, a.ParentUnitId ?? ""))).Notify(s,
                    Cascade.CascadeReview.Reviewers(s, a).Where(m => m.Id != turn.Member.Id)
                        .Select(head => ProactiveMessage.ToMember($"checkoff-request:{record.Id}:{head.Id}", head.Id,
                            new Reply(null, CheckOffCards.ForOffice(turn.LangOf(head), a, unitName, turn.Member.Name, record))))));
            return (a, TurnResult.Of(CheckOffTexts.Requested(lang, item.Number, record.Evidence.Count)).Notify(s,
                CheckOffNotices.Office(s).Where(m => m.Id != turn.Member.Id)
                    .Select(office => ProactiveMessage.ToMember($"checkoff-request:{record.Id}:{office.Id}", office.Id,
                        new Reply(null, CheckOffCards.ForOffice(turn.LangOf(office), a, unitName, turn.Member.Name, record))))));
        });
        return result ?? TurnResult.Of(Refusal(lang, current)!);
    }

    private static string? Refusal(Lang lang, Assignment a) => a.Status switch
    {
        AssignmentStatus.CheckOffRequested => CheckOffTexts.AlreadyPending(lang, a.Number),
        AssignmentStatus.Closed => CheckOffTexts.AlreadyClosed(lang, a.Number),
        _ => null,
    };

    internal static string UnitName(TurnContext turn, string unitId) => turn.Store.Roster.Unit(unitId)?.Name ?? unitId;
}
