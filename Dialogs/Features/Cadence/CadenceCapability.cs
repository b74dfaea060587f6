using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Cadence;

/// <summary>报送要求: the office sets an item's reporting cadence; owners answer the ask with one tap.</summary>
public sealed class CadenceCapability : ICapability
{
    /// <summary>第3条 每周五前报进展 (office). Slots: item, cadence (the words, or "none" to remove it).</summary>
    public static readonly Verb Set = new("setReportCadence", VerbEffect.Changes);
    /// <summary>A report ask's button. Card data: ask, answer, rk; the form's note.</summary>
    public static readonly Verb Answer = new("reportAnswer", VerbEffect.Changes);

    public CapabilityDescription Describe() => Capability.Named("cadence")
        .HandledBy<CadenceFeature>()
        .Tool(Set, CadenceTexts.Proposal, "The office sets or removes how often an item's unit must report progress (第3条 每周五前报进展, set item 3 to report monthly by the 5th, 第3条 取消报送要求).",
            CommonSlots.Item(), new SlotSpec("cadence", SlotKind.Text, "The cadence in the user's words (每周五前报进展, monthly by the 5th), or none to remove it."))
        .CardVerb(Answer)
        .Rule(RuleOrder.Command, 24, CadenceRules.Match)
        .Help(CadenceTexts.HelpSay, CadenceTexts.HelpWhat, place: 60, officeOnly: true)
        .Build();
}
