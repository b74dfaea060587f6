using System.Globalization;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Extension;

/// <summary>
/// 延期申请: a unit's head, deputy or liaison asks for a later deadline with a reason (and the progress
/// so far); the approvers (<see cref="WorkflowOptions.ExtensionApprover"/>) each get a card. The deadline
/// does not move until one of them approves. Typed or by the 申请延期 button, which opens a form.
/// </summary>
public sealed class ExtensionRequestFeature(WorkflowOptions options) : ITurnFeature
{
    public const int MaxText = 1000;


    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct) => Task.FromResult(Handle(turn, intent));

    private TurnResult Handle(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        if (ItemLookup.Find(turn, intent, out var notFound) is not { } item) return TurnResult.Of(notFound!);
        if (!ItemAccess.CanActForUnit(turn.Member, item))
            return TurnResult.Of(ExtensionTexts.NotResponsible(lang, item.Number, UnitName(turn, item.UnitId)));
        if (Refusal(turn, item) is { } refused) return TurnResult.Of(refused);

        var said = turn.Arg(intent, "date");
        var reason = Cut(turn.Arg(intent, "reason"));
        var progress = Cut(turn.Arg(intent, "progress"));
        var today = turn.Clock.Today;
        var form = () => ExtensionCards.RequestForm(lang, item, today, said, reason, progress);
        if (ParseDate(said) is not { } asked)
        {
            // The 申请延期 button alone opens the form; anything else without a readable date is told why.
            var bare = string.IsNullOrEmpty(said) && !turn.IsFormSubmit() && string.IsNullOrEmpty(reason) && turn.Request.Action is not null;
            return bare ? new TurnResult().Show(form()) : new TurnResult().Say(ExtensionTexts.NeedDate(lang, item.Number)).Show(form());
        }
        if (asked <= today) return TurnResult.Of(ExtensionTexts.Past(lang, asked, today));
        if (item.Due is { } due && asked <= due) return TurnResult.Of(ExtensionTexts.NotLater(lang, item.Number, due));
        if (string.IsNullOrEmpty(reason)) return new TurnResult().Say(ExtensionTexts.NeedReason(lang)).Show(form());

        var (current, result) = turn.Store.Write(s =>
        {
            // Decided on the state inside the transaction, so two requests at once make one.
            var a = s.Items.Get(item.Id)!;
            if (Refusal(turn, a) is not null) return (a, (TurnResult?)null);
            var record = new ExtensionRecord
            {
                Id = Guid.NewGuid().ToString("N"),
                AssignmentId = a.Id,
                Number = a.Number,
                UnitId = a.UnitId,
                FromDue = a.Due,
                ToDue = asked,
                Reason = reason,
                Progress = progress ?? "",
                RequestedBy = turn.Member.Id,
                RequestedAt = turn.Clock.UtcNow,
            };
            s.Extensions.Add(record);
            ItemLifecycle.Note(turn, a, AuditActions.ExtensionRequest, ItemLifecycle.Iso(a.Due), ItemLifecycle.Iso(asked));
            // The approvers' cards are queued with the request (same transaction), each in its reader's language.
            var unitName = UnitName(turn, a.UnitId);
            return (a, TurnResult.Of(ExtensionTexts.Requested(lang, a.Number, asked, options.Approver)).Notify(s,
                ExtensionApprovers.For(s, a.UnitId, options).Where(m => m.Id != turn.Member.Id)
                    .Select(approver => ProactiveMessage.ToMember($"extension-request:{record.Id}:{approver.Id}", approver.Id,
                        new Reply(null, ExtensionCards.ForApprover(turn.LangOf(approver), a, unitName, turn.Member.Name, record))))));
        });
        return result ?? TurnResult.Of(Refusal(turn, current)!);
    }

    /// <summary>Why this item cannot get a new request now: closed, with the office for 销号, or a request already waiting.</summary>
    private static string? Refusal(TurnContext turn, Assignment a)
    {
        if (!a.IsOpen) return ExtensionTexts.Closed(turn.Lang, a.Number);
        if (a.Status == AssignmentStatus.CheckOffRequested) return ExtensionTexts.CheckOffPending(turn.Lang, a.Number);
        return turn.Store.Extensions.Pending(a.Id) is { } waiting ? ExtensionTexts.AlreadyPending(turn.Lang, a.Number, waiting.ToDue) : null;
    }

    /// <summary>yyyy-MM-dd only: what the rules, the model and the card's date input all write.</summary>
    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Cut(string? text) => text is null ? "" : text.Length > MaxText ? text[..MaxText] : text;

    internal static string UnitName(TurnContext turn, string unitId) => turn.Store.Roster.Unit(unitId)?.Name ?? unitId;
}
