using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>
/// 传达落实确认: 签收, confirming the relay meeting by card or free text, corrections, and the status
/// board in the channel and in chat.
/// </summary>
public sealed class RelayFeature : IPendingFeature
{
    public IReadOnlyCollection<string> PendingKinds { get; } = [RelayDraft.Kind];

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var desk = new RelayDesk(turn);
        var result =
            intent.Is(RelayCapability.SignFor) ? SignFor.Handle(desk, intent)
            // The dispatch card's button carries the meeting and unit; typed text carries slots.
            : intent.Is(RelayCapability.Confirm) && turn.Request.Action is not null ? ConfirmForm.Open(desk)
            : intent.Is(RelayCapability.Confirm) ? TypedConfirm.Start(desk, intent)
            : intent.Is(RelayCapability.Submit) ? ConfirmForm.Submit(desk)
            : intent.Is(RelayCapability.ChooseUnit) ? TypedConfirm.ChooseFromCard(desk)
            : intent.Is(RelayCapability.Correct) ? Correction.Handle(desk, intent)
            : intent.Is(RelayCapability.Status) ? RelayStatus.Handle(desk, intent)
            : TurnResult.Of(EngineTexts.UnknownAction(turn.Lang));
        return Task.FromResult(result);
    }

    public Task<TurnResult?> ContinueAsync(TurnContext turn, PendingState pending, Intent intent, CancellationToken ct)
    {
        var draft = RelayDraft.Read(pending.Data);
        if (draft is null)
        {
            turn.Pending.Clear(turn.Request.ConversationId, turn.Member.Id, RelayDraft.Kind);
            return Task.FromResult<TurnResult?>(null);
        }
        return Task.FromResult(TypedConfirm.Continue(new RelayDesk(turn), draft, intent));
    }
}
