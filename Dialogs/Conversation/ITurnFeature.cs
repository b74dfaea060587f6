namespace ChatBot.Dialogs.Conversation;

/// <summary>A capability the engine routes to by intent name (typed text) or verb (card action).</summary>
public interface ITurnFeature
{
    /// <summary>Intent names and card verbs this feature answers.</summary>
    IReadOnlyCollection<string> Handles { get; }
    Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct);
}
