using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Snooze;

/// <summary>稍后提醒: a member puts off one reminder (the card's buttons, or typed about their last reminder).</summary>
public sealed class SnoozeCapability : ICapability
{
    /// <summary>Slots: until (2h / tomorrow / monday); on a card also rk (the reminder's key) and subject.</summary>
    public static readonly Verb Snooze = new("snoozeReminder", VerbEffect.Changes);

    public CapabilityDescription Describe() => Capability.Named("reminders.snooze")
        .HandledBy<SnoozeFeature>()
        .Tool(Snooze, SnoozeTexts.Proposal, "The user asks to be reminded later about their last reminder (稍后提醒, 明天再提醒我, remind me next Monday).",
            new SlotSpec("until", SlotKind.Choice, "2h (two hours), tomorrow, or monday (next Monday); 2h when not said.") { Choices = SnoozeTime.All })
        .Rule(RuleOrder.Command, 22, SnoozeRules.Match)
        .Help(SnoozeTexts.HelpSay, SnoozeTexts.HelpWhat, place: 31)
        .Build();
}
