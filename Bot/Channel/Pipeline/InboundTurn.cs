using ChatBot.Bot.Channel.Schema;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Bot.Channel.Pipeline;

/// <summary>
/// One activity on its way to a turn: mapped once into the turn request, then enriched by the steps
/// (the dedupe claim, the resolved member) and handed to the engine.
/// </summary>
public sealed class InboundTurn
{
    public InboundTurn(Activity activity)
    {
        Activity = activity;
        IsTurn = activity.Type == Activity.Types.Message
            || (activity.Type == Activity.Types.Invoke && activity.Name == "adaptiveCard/action");
        // Install, add and remove events carry no words; only turns are mapped.
        Request = IsTurn ? ActivityMapper.ToTurn(activity) : null;
    }

    public Activity Activity { get; }
    /// <summary>A message or a Universal Action (not an install or membership event).</summary>
    public bool IsTurn { get; }
    /// <summary>The activity as Dialogs sees it; null for lifecycle events.</summary>
    public TurnRequest? Request { get; }
    /// <summary>The answer is the HTTP response body (invoke, expectReplies) rather than messages to the chat.</summary>
    public bool Synchronous => Activity.Type == Activity.Types.Invoke || Activity.DeliveryMode == "expectReplies";

    /// <summary>Set by the dedupe step: this process holds the activity's claim and must release it.</summary>
    public bool Claimed { get; set; }
    /// <summary>The roster member behind the activity, resolved once by the member step; null when nobody.</summary>
    public Member? Member { get; set; }
    /// <summary>Set by the address step: this conversation had been marked removed and is reachable again (a reinstall).</summary>
    public bool AddressRestored { get; set; }

    /// <summary>Set by a step that ends the pipeline: the HTTP answer, and no turn runs.</summary>
    public ActivityProcessor.Outcome? Outcome { get; set; }
    /// <summary>Set by a step that answers instead of the turn (someone not on the roster); later steps still run.</summary>
    public TurnResult? Answer { get; set; }
}
