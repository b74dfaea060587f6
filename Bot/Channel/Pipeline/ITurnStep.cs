namespace ChatBot.Bot.Channel.Pipeline;

/// <summary>
/// One step run before every turn, in the order registered (dedupe → member → address): the middleware
/// idea of a Teams turn pipeline, kept small. A step reads and enriches the <see cref="InboundTurn"/>;
/// it ends the pipeline by setting <see cref="InboundTurn.Outcome"/> (the HTTP answer, no turn), or
/// answers instead of the turn with <see cref="InboundTurn.Answer"/> (later steps still run).
/// </summary>
public interface ITurnStep
{
    ValueTask RunAsync(InboundTurn turn, CancellationToken ct);
}
