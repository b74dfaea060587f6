using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Roster.Chat;

/// <summary>Questions to the roster: who heads a unit, which unit am I in.</summary>
public sealed class RosterLookupCapability : ICapability
{
    /// <summary>市政工程处负责人是谁 / who heads X. Slots: unit, role (head|deputy|liaison).</summary>
    public static readonly Verb WhoIs = new("rosterWhoIs", VerbEffect.Reads);
    /// <summary>我是哪个单位的 / which unit am I in. No slots.</summary>
    public static readonly Verb MyUnit = new("rosterMyUnit", VerbEffect.Reads);

    public CapabilityDescription Describe() => Capability.Named("roster.lookup")
        .HandledBy<RosterLookupFeature>()
        .Tool(WhoIs, "The user asks who holds a role in a unit (市政工程处负责人是谁, who heads X).",
            CommonSlots.Unit(), new SlotSpec("role", SlotKind.Choice, "head (负责人), deputy (副职), liaison (联络员).") { Choices = ["head", "deputy", "liaison"] })
        .Tool(MyUnit, "The user asks which unit they belong to (我是哪个单位的).")
        // The first question; "who is" last of the roster's, after the office's changes (把张三设为…负责人).
        .Rule(RuleOrder.Question, 0, RosterRules.MyUnitQuestion)
        .Rule(RuleOrder.Question, 20, RosterRules.WhoIs)
        .Build();
}
