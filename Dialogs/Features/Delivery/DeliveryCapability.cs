using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Delivery;

/// <summary>送达情况 / 重发未送达: the office sees who a dispatch reached and resends to the rest.</summary>
public sealed class DeliveryCapability : ICapability
{
    /// <summary>送达情况 / delivery report of a dispatch (office). Slots: meeting.</summary>
    public static readonly Verb Report = new("deliveryReport", VerbEffect.Reads);
    /// <summary>重发未送达 / resend to unreached (office). Slots: meeting.</summary>
    public static readonly Verb Resend = new("resendUnreached", VerbEffect.Changes);

    public CapabilityDescription Describe() => Capability.Named("delivery")
        .HandledBy<DeliveryFeature>()
        .Tool(Report, "The office asks who received a dispatch's notices and who did not (送达情况, delivery report).", CommonSlots.Meeting())
        .Tool(Resend, DeliveryTexts.ResendProposal, "The office asks to resend a dispatch's notices to the people they did not reach (重发未送达, resend to unreached).", CommonSlots.Meeting())
        .Rule(RuleOrder.Command, 30, DeliveryRules.Match)
        .Help(DeliveryTexts.HelpSay, DeliveryTexts.HelpWhat, place: 20, officeOnly: true)
        .Build();
}
