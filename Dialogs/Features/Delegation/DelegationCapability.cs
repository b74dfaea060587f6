using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Delegation;

/// <summary>代理: a head names a deputy for a date range; 取消代理; 我的代理.</summary>
public sealed class DelegationCapability : ICapability
{
    /// <summary>我12月10日到15日出差，由张三代理. Slots: deputy (name), from, to (yyyy-MM-dd).</summary>
    public static readonly Verb Set = new("delegationSet", VerbEffect.Changes);
    /// <summary>取消代理; a card's button names the delegation. Slot/card: delegation (id).</summary>
    public static readonly Verb Cancel = new("delegationCancel", VerbEffect.Changes);
    /// <summary>我的代理 / my delegations.</summary>
    public static readonly Verb List = new("delegationList", VerbEffect.Reads);

    public CapabilityDescription Describe() => Capability.Named("delegation")
        .HandledBy<DelegationFeature>()
        .Tool(Set, DelegationTexts.SetProposal, "A head names a deputy who acts for them for a date range (我12月10日到15日出差，由张三代理; Zhang San acts for me from Dec 10 to Dec 15).",
            new SlotSpec("deputy", SlotKind.Text, "The deputy's name as written.") { MaxLength = 40 },
            new SlotSpec("from", SlotKind.Date, "First day, yyyy-MM-dd."), new SlotSpec("to", SlotKind.Date, "Last day, yyyy-MM-dd."))
        .Tool(Cancel, DelegationTexts.CancelProposal, "The person cancels the deputy they named (取消代理; cancel my delegation).")
        .Tool(List, "Show whom the person has named as deputy and for whom they stand in (我的代理; my delegations).")
        .Rule(RuleOrder.Command, 46, input => DelegationRules.Match(input.Text, input.Today))
        .Help(DelegationTexts.HelpSay, DelegationTexts.HelpWhat, place: 46)
        .Build();
}
