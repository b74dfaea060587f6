namespace ChatBot.Bot.Channel.Pipeline;

/// <summary>Runs the registered <see cref="ITurnStep"/>s in order until one ends the pipeline.</summary>
public sealed class TurnPipeline(IEnumerable<ITurnStep> steps)
{
    private readonly ITurnStep[] _steps = [.. steps];

    public IReadOnlyList<ITurnStep> Steps => _steps;

    public async ValueTask RunAsync(InboundTurn turn, CancellationToken ct)
    {
        foreach (var step in _steps)
        {
            await step.RunAsync(turn, ct);
            if (turn.Outcome is not null) return;
        }
    }
}
