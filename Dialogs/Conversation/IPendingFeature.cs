namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// A feature that keeps a multi-turn exchange open (slot filling, a review before confirming). While
/// its pending state lives, the member's next typed turn in that conversation is offered to it (the
/// newest question first); a feature that does not take it hands it on.
/// </summary>
public interface IPendingFeature : ITurnFeature
{
    /// <summary>The <see cref="Domain.PendingState.Kind"/> values this feature owns.</summary>
    IReadOnlyCollection<string> PendingKinds { get; }

    /// <summary>Continue with the user's answer; null when the text is not an answer (the engine then offers it on, then routes it normally).</summary>
    Task<TurnResult?> ContinueAsync(TurnContext turn, Domain.PendingState pending, Intent intent, CancellationToken ct);

    /// <summary>The user typed 取消 while this question was the newest; the engine has dropped it. Drop what it stood for.</summary>
    void Cancelled(TurnContext turn, Domain.PendingState pending) { }
}
