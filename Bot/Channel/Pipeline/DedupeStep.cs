using ChatBot.Bot.Channel.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Channel.Pipeline;

/// <summary>
/// First step: the same activity has one effect. A redelivery of a handled activity is answered 200
/// with nothing done; one whose turn runs here now waits for it within the window, then is answered.
/// Claiming reads the store and writes nothing; "done" is written by the write that ends the turn.
/// </summary>
public sealed class DedupeStep(ActivityDedupe dedupe, IOptions<Hosting.ChannelOptions> options, ILogger<DedupeStep> log) : ITurnStep
{
    private readonly TimeSpan _acknowledgeWithin = TimeSpan.FromSeconds(options.Value.AcknowledgeSeconds);

    public async ValueTask RunAsync(InboundTurn turn, CancellationToken ct)
    {
        var activity = turn.Activity;
        switch (dedupe.TryBegin(activity))
        {
            case ActivityDedupe.Claim.Done:
                log.LogInformation("Activity {ActivityId} delivered again; already handled", activity.Id);
                turn.Outcome = new ActivityProcessor.Outcome(200);
                return;
            case ActivityDedupe.Claim.Running:
            case ActivityDedupe.Claim.RunningElsewhere:
                await Task.WhenAny(dedupe.WhenReleased(activity), Task.Delay(_acknowledgeWithin, ct));
                log.LogInformation("Activity {ActivityId} delivered again while its turn runs; its replies come from that turn", activity.Id);
                turn.Outcome = activity.Type == Activity.Types.Invoke
                    ? new ActivityProcessor.Outcome(200, ActivityProcessor.InvokeMessage(ChannelTexts.Processing(activity.Locale)))
                    : new ActivityProcessor.Outcome(200);
                return;
            case ActivityDedupe.Claim.Interrupted:
                log.LogWarning("Activity {ActivityId} was cut off by a stop or crash; running it again", activity.Id);
                break;
        }
        turn.Claimed = true;
    }
}
