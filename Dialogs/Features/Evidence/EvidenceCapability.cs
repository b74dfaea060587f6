using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Evidence;

/// <summary>佐证材料: files and photos sent with 第3条佐证材料 in the 1:1 chat join the item's latest report; the same words without files list them.</summary>
public sealed class EvidenceCapability : ICapability
{
    /// <summary>第3条佐证材料 with files attached (1:1 chat); without files it lists them. Slot: item.</summary>
    public static readonly Verb Attach = new("evidenceAttach", VerbEffect.Changes);
    /// <summary>查看第3条佐证材料 / show evidence for item 3: the item's files. Slot: item.</summary>
    public static readonly Verb List = new("evidenceList", VerbEffect.Reads);

    public CapabilityDescription Describe() => Capability.Named("evidence")
        .HandledBy<EvidenceFeature>()
        .Tool(Attach, EvidenceTexts.AttachProposal, "The files or photos attached to this message are evidence (佐证材料) for an item (第3条佐证材料 with files; item 3 evidence).", CommonSlots.Item())
        .Tool(List, "List the evidence files (佐证材料) of an item: files and photos sent with its progress reports and 销号 requests (第3条佐证材料; evidence for item 3).", CommonSlots.Item())
        .Rule(RuleOrder.Command, 48, input => EvidenceRules.Match(input.Text))
        .Help(EvidenceTexts.HelpSay, EvidenceTexts.HelpWhat, place: 48)
        .Build();
}
