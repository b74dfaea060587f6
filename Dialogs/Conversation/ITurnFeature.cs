namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// The handler of a capability: the engine routes to it the verbs its <see cref="Capabilities.ICapability"/>
/// declares, whether typed (an intent) or clicked (a card action).
/// </summary>
public interface ITurnFeature
{
    Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct);
}
