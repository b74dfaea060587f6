using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.DispatchSheet;

/// <summary>打印督办单 第3条 / 打印催办单 第3条 (office): an item's numbered notice as a card and a one-page .docx.</summary>
public sealed class DispatchSheetCapability : ICapability
{
    /// <summary>打印督办单 第3条 / 打印催办单 第3条 (office). Slots: item, kind (dispatch|chase). A printout; a legacy meeting's number is bookkeeping, audited.</summary>
    public static readonly Verb Print = new("printDispatchSheet", VerbEffect.Reads);

    public CapabilityDescription Describe() => Capability.Named("dispatchSheet")
        .HandledBy<DispatchSheetFeature>()
        .Tool(Print, "The office asks to print an item's directive notice (打印督办单 第3条) or reminder notice for an overdue item (打印催办单 第3条).",
            CommonSlots.Item(required: true),
            new SlotSpec("kind", SlotKind.Choice, "dispatch (督办单, default) or chase (催办单).") { Choices = ["dispatch", "chase"] })
        // After the ledger, before the item rules, which would read 第3条 as an item.
        .Rule(RuleOrder.Command, 70, DispatchSheetRules.Match)
        .Help(DispatchSheetTexts.HelpSay, DispatchSheetTexts.HelpWhat, place: 40, officeOnly: true)
        .Build();
}
