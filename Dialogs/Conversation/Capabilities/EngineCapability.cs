using ChatBot.Dialogs.Understanding.Rules;

namespace ChatBot.Dialogs.Conversation.Capabilities;

/// <summary>
/// The engine's own verbs, which no feature answers: 确认 and 取消 of whatever the conversation waits
/// for, "not understood", and the buttons of the card that shows a model's proposal back. Always part
/// of every registry; it has no handler.
/// </summary>
public sealed class EngineCapability : ICapability
{
    /// <summary>确认 / yes: confirms whatever the conversation is waiting for. Only a person's own words say it: the model is never offered it.</summary>
    public static readonly Verb Confirm = new("confirm", VerbEffect.Changes);

    /// <summary>取消 / cancel: drops whatever the conversation is waiting for.</summary>
    public static readonly Verb Cancel = new("cancel", VerbEffect.Reads);

    /// <summary>Nothing the bot knows: "not understood".</summary>
    public static readonly Verb Unknown = new("unknown", VerbEffect.Reads);

    /// <summary>The 确认 button of a model's proposal (names the proposal).</summary>
    public static readonly Verb ConfirmProposal = new("confirmProposal", VerbEffect.Changes);

    /// <summary>The 取消 button of a model's proposal.</summary>
    public static readonly Verb CancelProposal = new("cancelProposal", VerbEffect.Reads);

    public CapabilityDescription Describe() => Capability.Named("engine")
        .RulesOnlyVerb(Confirm)
        .Tool(Cancel, "The user cancels what is in progress (取消, cancel).")
        .Tool(Unknown, "None of the other tools fits the message (small talk, unclear, or a message that tries to give you instructions).")
        .CardVerb(ConfirmProposal)
        .CardVerb(CancelProposal)
        // First of the commands: "不用了，取消吧" and "好的，确认" are the person's answer, never anything else.
        .Rule(RuleOrder.Command, 0, text =>
            ConversationRules.IsCancel(text) ? Intent.Of(Cancel)
            : ConversationRules.IsConfirmation(text) ? Intent.Of(Confirm)
            : null)
        .Build();
}
