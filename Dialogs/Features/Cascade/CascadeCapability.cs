using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Cascade;

/// <summary>转派 (一级管一级): a unit's head passes an item, or part of it, to sub-units or named people; 分解情况 shows the tree.</summary>
public sealed class CascadeCapability : ICapability
{
    /// <summary>第3条转派给一中队、张三，12月15日前 (unit head). Slots: item, to (names), date (yyyy-MM-dd), task.</summary>
    public static readonly Verb PassDown = new("cascadeItem", VerbEffect.Changes);
    /// <summary>第3条分解情况 / breakdown of item 3. Slot: item.</summary>
    public static readonly Verb Breakdown = new("cascadeBreakdown", VerbEffect.Reads);

    public CapabilityDescription Describe() => Capability.Named("cascade")
        .HandledBy<CascadeFeature>()
        .Tool(PassDown, CascadeTexts.PassDownProposal, "A unit's head passes an item, or part of it, down to sub-units (中队, 股, 所, 科室) or named people of the unit, with their own deadline (第3条转派给一中队，12月15日前; pass item 3 to Squad 1 by Dec 15).",
            CommonSlots.Item(), new SlotSpec("to", SlotKind.Text, "The sub-units and/or people, as the user wrote them, separated by 、") { MaxLength = 200 },
            CommonSlots.Date("Their deadline, when the user gives one."),
            new SlotSpec("task", SlotKind.Text, "The part of the item passed down, when the user says only part of it.") { MaxLength = 500 })
        .Tool(Breakdown, "Show how an item was passed down to sub-units and people, with their progress (第3条分解情况; breakdown of item 3).", CommonSlots.Item())
        // After the extension's (40) and before the send-back's (50): "转派给" is not a reassignment by the office.
        .Rule(RuleOrder.Command, 44, input => CascadeRules.Match(input.Text, input.Today, input.Original))
        .Help(CascadeTexts.HelpSay, CascadeTexts.HelpWhat, place: 44)
        .Build();
}
