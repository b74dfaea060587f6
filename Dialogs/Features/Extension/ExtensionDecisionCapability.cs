using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Extension;

/// <summary>同意 / 不同意延期: the office or the leader in charge answers an extension request.</summary>
public sealed class ExtensionDecisionCapability : ICapability
{
    /// <summary>同意第3条延期 (office or the leader in charge). Slots: item.</summary>
    public static readonly Verb Approve = new("extensionApprove", VerbEffect.Changes);
    /// <summary>不同意第3条延期，理由：… (office or the leader in charge). Slots: item, reason.</summary>
    public static readonly Verb Refuse = new("extensionRefuse", VerbEffect.Changes);

    // Its rules are the request's (ExtensionRequestCapability): one rule reads the answer first, then the request.
    public CapabilityDescription Describe() => Capability.Named("extension.decision")
        .HandledBy<ExtensionDecisionFeature>()
        .Tool(Approve, ExtensionTexts.ApproveProposal, "The office (or the leader in charge) approves an item's extension request (同意第3条延期).", CommonSlots.Item())
        .Tool(Refuse, ExtensionTexts.RefuseProposal, "The office (or the leader in charge) refuses an item's extension request (不同意第3条延期，理由…).",
            CommonSlots.Item(), new SlotSpec("reason", SlotKind.Text, "The reason given."))
        .Build();
}
