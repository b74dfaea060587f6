using ChatBot.Dialogs.Conversation.Capabilities;

namespace ChatBot.Dialogs.Features.ReminderSettings;

/// <summary>我的提醒设置 / my reminder settings: whether my reminders are paused, when and how often they come, and what I am reminded about.</summary>
public sealed class ReminderSettingsCapability : ICapability
{
    public static readonly Verb Show = new("reminderSettings", VerbEffect.Reads);

    public CapabilityDescription Describe() => Capability.Named("reminders.settings")
        .HandledBy<ReminderSettingsFeature>()
        .Tool(Show, "The user asks about their own reminder settings: whether their reminders are paused, when reminders are sent, what they are reminded about (我的提醒设置, 提醒设置, my reminder settings).")
        // A whole-message command, after pausing and resuming (暂停提醒 is a command, not a question about settings).
        .Rule(RuleOrder.Command, 25, ReminderSettingsRules.Match)
        .Help(ReminderSettingsTexts.HelpSay, ReminderSettingsTexts.HelpWhat, place: 30)
        .Build();
}
