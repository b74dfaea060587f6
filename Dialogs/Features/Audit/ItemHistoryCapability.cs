using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Audit;

/// <summary>第3条 记录: an item's history, from its audit trail.</summary>
public sealed class ItemHistoryCapability : ICapability
{
    /// <summary>Slots: item.</summary>
    public static readonly Verb History = new("itemHistory", VerbEffect.Reads);

    public CapabilityDescription Describe() => Capability.Named("itemHistory")
        .HandledBy<ItemHistoryFeature>()
        .Tool(History, "The user asks for the history / audit trail of an item (第3条 记录, history of item 3).", CommonSlots.Item())
        // Before progress: an item number with 记录/history asks for the record, it reports nothing.
        .Rule(RuleOrder.Report, 20, ItemHistoryRules.Match)
        .Build();
}
