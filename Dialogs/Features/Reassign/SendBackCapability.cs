using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Reassign;

/// <summary>退回: a unit says an item is not theirs and sends it back to the office, with a reason.</summary>
public sealed class SendBackCapability : ICapability
{
    /// <summary>第3条不属于我们，原因：… (unit). Slots: item, reason.</summary>
    public static readonly Verb Request = new("sendBackRequest", VerbEffect.Changes);

    public CapabilityDescription Describe() => Capability.Named("reassign.sendBack")
        .HandledBy<SendBackFeature>()
        .Tool(Request, ReassignTexts.SendBackProposal, "A unit says an item is not theirs and sends it back to the office, with a reason (第3条不属于我们，原因：…; item 3 is not ours, reason: …).",
            CommonSlots.Item(), new SlotSpec("reason", SlotKind.Text, "Why the item is not the unit's, as the user wrote it."))
        // The office's answer and the unit's 退回, in one rule: right after the extension's, and likewise before
        // the review edits and the check-off's 退回.
        .Rule(RuleOrder.Command, 50, input => ReassignRules.Match(input.Text, input.Original))
        .Help(ReassignTexts.HelpSay, ReassignTexts.HelpWhat, place: 50)
        .Build();
}
