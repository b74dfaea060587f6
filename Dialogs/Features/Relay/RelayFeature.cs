using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>
/// 传达落实确认: 签收, confirming the relay meeting by card or free text, corrections, and the status
/// board in the channel and in chat.
/// </summary>
public sealed class RelayFeature : IPendingFeature
{
    public IReadOnlyCollection<string> Handles { get; } =
        [Intents.SignFor, Intents.RelayConfirm, Intents.RelayCorrect, Intents.RelayStatus, RelayVerbs.Submit, RelayVerbs.ChooseUnit];

    public IReadOnlyCollection<string> PendingKinds { get; } = [RelayDraft.Kind];

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var desk = new RelayDesk(turn);
        var result = intent.Name switch
        {
            Intents.SignFor => SignFor.Handle(desk, intent),
            // The dispatch card's button carries the meeting and unit; typed text carries slots.
            Intents.RelayConfirm when turn.Request.Action is not null => ConfirmForm.Open(desk),
            Intents.RelayConfirm => TypedConfirm.Start(desk, intent),
            RelayVerbs.Submit => ConfirmForm.Submit(desk),
            RelayVerbs.ChooseUnit => TypedConfirm.ChooseFromCard(desk),
            Intents.RelayCorrect => Correction.Handle(desk, intent),
            Intents.RelayStatus => RelayStatus.Handle(desk, intent),
            _ => TurnResult.Of(EngineTexts.UnknownAction(turn.Lang)),
        };
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
