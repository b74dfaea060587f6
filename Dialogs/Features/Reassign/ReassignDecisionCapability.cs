using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Reassign;

/// <summary>改派 / 仍由原单位办理: the office answers a send-back.</summary>
public sealed class ReassignDecisionCapability : ICapability
{
    /// <summary>第3条改派给市政工程处 (office). Slots: item, unit (name as said; a card sends unitId).</summary>
    public static readonly Verb Reassign = new("reassignItem", VerbEffect.Changes);
    /// <summary>第3条仍由原单位办理，理由：… (office). Slots: item, reason.</summary>
    public static readonly Verb Keep = new("reassignKeep", VerbEffect.Changes);

    // Its rules are the send-back's (SendBackCapability): one rule reads the office's answer first, then the unit's 退回.
    public CapabilityDescription Describe() => Capability.Named("reassign.decision")
        .HandledBy<ReassignDecisionFeature>()
        .Tool(Reassign, ReassignTexts.ReassignProposal, "The office gives an item to another unit (第3条改派给市政工程处; reassign item 3 to …).",
            CommonSlots.Item(), CommonSlots.Unit("The unit the item goes to, as the user wrote it."))
        .Tool(Keep, ReassignTexts.KeepProposal, "The office keeps a sent-back item with its unit, with an explanation (第3条仍由原单位办理，理由：…).",
            CommonSlots.Item(), new SlotSpec("reason", SlotKind.Text, "The explanation given."))
        .Build();
}
