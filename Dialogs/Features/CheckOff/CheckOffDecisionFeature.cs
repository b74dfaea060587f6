using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.CheckOff;

/// <summary>
/// The office's answer to a 销号 request: 同意销号 closes the item (it leaves 我的待办 but stays in the
/// ledger); 退回 with a reason sends it back to the unit. The unit's head, liaison and the requester are told.
/// </summary>
public sealed class CheckOffDecisionFeature(Extension.WorkflowOptions? options = null) : ITurnFeature
{
    private readonly bool _requireEvidence = options?.RequireEvidence ?? false;

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct) => Task.FromResult(Handle(turn, intent));

    private TurnResult Handle(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        var approve = intent.Name == CheckOffDecisionCapability.Approve;
        // 逐级审核: a unit's head decides what the unit passed down; the office decides the rest.
        var mayReview = turn.Member.ResponsibleUnitIds().Any();
        if (!ItemAccess.CanDecideCheckOff(turn.Member) && !mayReview) return TurnResult.Of(CheckOffTexts.OfficeOnly(lang));
        if (ItemLookup.Find(turn, intent, out var notFound) is not { } item)
            return TurnResult.Of(turn.Member.IsOffice ? notFound! : CheckOffTexts.OfficeOnly(lang));
        if (!ItemAccess.CanDecideCheckOff(turn.Member, item))
            return TurnResult.Of(item.ParentId is null ? CheckOffTexts.OfficeOnly(lang) : Cascade.CascadeReview.HeadOnly(lang, item.Number, CheckOffRequestFeature.UnitName(turn, item.ParentUnitId ?? "")));
        if (item.Status != AssignmentStatus.CheckOffRequested) return TurnResult.Of(CheckOffTexts.NotRequested(lang, item.Number, item.Status));
        if (approve && _requireEvidence && item.ParentId is null && !Evidence.EvidenceList.Any(turn.Store, item))
            return TurnResult.Of(Evidence.EvidenceTexts.Required(lang, item.Number));

        var reason = turn.Arg(intent, "reason") ?? "";
        if (!approve && reason.Length == 0)
            return turn.IsFormSubmit()
                ? new TurnResult().Say(CheckOffTexts.NeedReason(lang)).Show(CheckOffCards.ReasonForm(lang, item))
                : new TurnResult().Show(CheckOffCards.ReasonForm(lang, item));
        if (reason.Length > 1000) reason = reason[..1000];

        var to = approve ? AssignmentStatus.Closed : AssignmentStatus.SentBack;
        // A passed-down item is reviewed by the unit that passed it down, and the notice says so.
        var reviewer = item.ParentId is null ? null : CheckOffRequestFeature.UnitName(turn, item.ParentUnitId ?? "");
        TurnResult? result = null;
        var (current, request) = turn.Store.Write(s =>
        {
            // Two office members may press at once: only the first decision counts.
            var a = s.Items.Get(item.Id);
            if (a.Status != AssignmentStatus.CheckOffRequested) return (a, (CheckOffRecord?)null);
            var record = CheckOffRecords.Pending(s, a.Id);
            if (record is not null)
            {
                record.Decision = approve ? CheckOffDecision.Approved : CheckOffDecision.SentBack;
                record.DecidedBy = turn.Member.Id;
                record.DecidedAt = turn.Clock.UtcNow;
                record.Reason = approve ? null : reason;
                s.CheckOffs.Update(record);
            }
            ItemLifecycle.Move(turn, a, to, approve ? AuditActions.CheckOffApprove : AuditActions.CheckOffReturn);
            var decided = record ?? new CheckOffRecord { Id = a.Id + ":" + turn.Clock.UtcNow.ToUnixTimeMilliseconds(), RequestedBy = turn.Member.Id };
            // The unit hears of the decision in the same transaction that records it.
            Reply Notice(Lang theirs) => new(approve ? CheckOffTexts.ToldApproved(theirs, a.Number, a.Task, reviewer) : CheckOffTexts.ToldReturned(theirs, a.Number, a.Task, reason, reviewer), null);
            result = TurnResult.Of(approve ? CheckOffTexts.Approved(lang, item.Number) : CheckOffTexts.Returned(lang, item.Number)).Notify(s,
                CheckOffNotices.UnitToTell(s, a.UnitId, decided.RequestedBy).Where(id => id != turn.Member.Id)
                    .Select(memberId => ProactiveMessage.ToMember($"checkoff-{intent.Name}:{decided.Id}:{memberId}", memberId, Notice(turn.LangOf(memberId)))));
            return (a, decided);
        });
        if (request is null) return TurnResult.Of(CheckOffTexts.NotRequested(lang, current.Number, current.Status));
        return result!;
    }
}
