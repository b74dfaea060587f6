namespace ChatBot.Bot.Channel.Pipeline;

/// <summary>
/// Third step: where the sender (1:1, as the resolved member) or the conversation can be reached later.
/// Written only when the address changed, so an ordinary turn writes nothing here.
/// </summary>
public sealed class AddressStep(ConversationReferences references) : ITurnStep
{
    public ValueTask RunAsync(InboundTurn turn, CancellationToken ct)
    {
        turn.AddressRestored = references.Capture(turn.Activity, turn.Member?.Id) == AddressCapture.Restored;
        return ValueTask.CompletedTask;
    }
}
