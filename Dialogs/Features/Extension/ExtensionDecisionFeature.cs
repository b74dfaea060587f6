using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Extension;

/// <summary>
/// The approver's answer to a 延期申请: 同意延期 moves the item's deadline (the first one is kept) and
/// with it the reminders; 不同意 needs a reason and leaves the deadline. The unit's head, liaison and the
/// requester are told. A button names its request: a card for a request already answered, or for an
/// item since closed, gets a clear answer and changes nothing; two approvers at once make one decision.
/// </summary>
public sealed class ExtensionDecisionFeature(WorkflowOptions options) : ITurnFeature
{

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct) => Task.FromResult(Handle(turn, intent));

    private TurnResult Handle(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        var approve = intent.Name == ExtensionDecisionCapability.Approve;
        if (ItemLookup.Find(turn, intent, out var notFound) is not { } item) return TurnResult.Of(notFound!);
        // Checked on the server for every click: a card forwarded to someone else does nothing for them.
        if (!ExtensionApprovers.CanDecide(turn.Store, turn.Member, item.UnitId, options))
            return TurnResult.Of(ExtensionTexts.NotApprover(lang, item.Number, options.Approver));
        var named = CardValues.Text(turn.Request.Action, ExtensionCards.RequestKey);
        if (Stale(turn, item, named) is { } stale) return TurnResult.Of(stale);
        var pending = named is not null ? turn.Store.Extensions.Get(named)! : turn.Store.Extensions.Pending(item.Id)!;

        var reason = turn.Arg(intent, "reason") ?? "";
        if (!approve && reason.Length == 0)
            return turn.IsFormSubmit()
                ? new TurnResult().Say(ExtensionTexts.NeedRefuseReason(lang)).Show(ExtensionCards.RefuseForm(lang, item, pending.Id))
                : new TurnResult().Show(ExtensionCards.RefuseForm(lang, item, pending.Id));
        if (reason.Length > ExtensionRequestFeature.MaxText) reason = reason[..ExtensionRequestFeature.MaxText];

        var (current, result) = turn.Store.Write(s =>
        {
            // Only the first of two approvers pressing at once decides; the second is told who did.
            var a = s.Items.Get(item.Id)!;
            if (Stale(turn, a, pending.Id) is not null) return (a, (TurnResult?)null);
            var record = s.Extensions.Get(pending.Id)!;
            var from = a.Due;
            s.Extensions.Decide(record, approve ? ExtensionDecision.Approved : ExtensionDecision.Refused, turn.Member.Id, turn.Clock.UtcNow, approve ? null : reason);
            if (approve) ItemLifecycle.MoveDue(turn, a, record.ToDue, AuditActions.ExtensionApprove);
            else ItemLifecycle.Note(turn, a, AuditActions.ExtensionRefuse, ItemLifecycle.Iso(a.Due), ItemLifecycle.Iso(a.Due));

            Reply Notice(Lang theirs) => new(approve
                ? ExtensionTexts.ToldApproved(theirs, a.Number, a.Task, from, record.ToDue)
                : ExtensionTexts.ToldRefused(theirs, a.Number, a.Task, reason, a.Due), null);
            var said = approve ? ExtensionTexts.Approved(lang, a.Number, from, record.ToDue) : ExtensionTexts.Refused(lang, a.Number);
            return (a, TurnResult.Of(said).Notify(s,
                ExtensionApprovers.UnitToTell(s, a.UnitId, record.RequestedBy).Where(id => id != turn.Member.Id)
                    .Select(id => ProactiveMessage.ToMember($"extension-{intent.Name}:{record.Id}:{id}", id, Notice(turn.LangOf(id))))));
        });
        return result ?? TurnResult.Of(Stale(turn, current, pending.Id)!);
    }

    /// <summary>
    /// Why there is nothing to decide: the item is closed, the named request was already answered (by whom),
    /// or — typed, without a card — no request is waiting. Null when the decision can go ahead.
    /// </summary>
    private static string? Stale(TurnContext turn, Assignment a, string? requestId)
    {
        var lang = turn.Lang;
        var record = requestId is not null ? turn.Store.Extensions.Get(requestId) : turn.Store.Extensions.Pending(a.Id);
        if (record is null || record.AssignmentId != a.Id) return ExtensionTexts.NoPending(lang, a.Number);
        if (record.Decision != ExtensionDecision.Pending)
            return ExtensionTexts.AlreadyDecided(lang, a.Number, record.Decision, turn.Store.Roster.Member(record.DecidedBy ?? "")?.Name ?? record.DecidedBy ?? "");
        if (!a.IsOpen) return ExtensionTexts.ItemClosed(lang, a.Number);
        return null;
    }
}
