using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.CheckOff;

/// <summary>同意销号 / 退回: the office decides a check-off request.</summary>
public sealed class CheckOffDecisionCapability : ICapability
{
    /// <summary>同意销号 (office). Slots: item.</summary>
    public static readonly Verb Approve = new("checkOffApprove", VerbEffect.Changes);
    /// <summary>退回 (office). Slots: item, reason.</summary>
    public static readonly Verb Return = new("checkOffReturn", VerbEffect.Changes);

    public CapabilityDescription Describe() => Capability.Named("checkOff.decision")
        .HandledBy<CheckOffDecisionFeature>()
        .Tool(Approve, CheckOffTexts.ApproveProposal, "The office approves checking off an item (同意第3条销号).", CommonSlots.Item())
        .Tool(Return, CheckOffTexts.ReturnProposal, "The office sends an item's check-off back (退回第3条，理由…).",
            CommonSlots.Item(), new SlotSpec("reason", SlotKind.Text, "The reason given."))
        // First of the item reports: 退回 and 同意…销号 also contain the request's words.
        .Rule(RuleOrder.Report, 0, CheckOffRules.Decision)
        .Build();
}
