using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>暂停提醒3天 / 恢复提醒: a member pauses or resumes their own reminders.</summary>
public sealed class PauseCapability : ICapability
{
    public static readonly Verb Pause = new("pauseReminders", VerbEffect.Changes);
    public static readonly Verb Resume = new("resumeReminders", VerbEffect.Changes);

    public CapabilityDescription Describe() => Capability.Named("reminders.pause")
        .HandledBy<PauseFeature>()
        .Tool(Pause, l => ReminderTexts.For(l).PauseProposal, "The user pauses their reminders (暂停提醒3天).",
            new SlotSpec("days", SlotKind.Integer, "How many days; 1 when not said.") { Min = 1, Max = 3660 })
        .Tool(Resume, l => ReminderTexts.For(l).ResumeProposal, "The user resumes their reminders (恢复提醒).")
        .Rule(RuleOrder.Command, 20, PauseRules.Match)
        .Build();
}
