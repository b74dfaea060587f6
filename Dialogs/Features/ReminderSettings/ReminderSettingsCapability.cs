using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.ReminderSettings;

/// <summary>我的提醒设置 / my reminder settings: whether my reminders are paused, when and how often they come, and what I am reminded about.</summary>
public sealed class ReminderSettingsCapability : ICapability
{
    public static readonly Verb Show = new("reminderSettings", VerbEffect.Reads);
    /// <summary>改为每日汇总 / 即时提醒 / 免打扰 12:00-14:00 / 取消免打扰. Slots: delivery (instant, digest), quiet (12:00-14:00, none).</summary>
    public static readonly Verb Set = new("reminderPreference", VerbEffect.Changes);

    public CapabilityDescription Describe() => Capability.Named("reminders.settings")
        .HandledBy<ReminderSettingsFeature>()
        .Tool(Show, "The user asks about their own reminder settings: whether their reminders are paused, when reminders are sent, what they are reminded about (我的提醒设置, 提醒设置, my reminder settings).")
        // A whole-message command, after pausing and resuming (暂停提醒 is a command, not a question about settings).
        .Tool(Set, ReminderSettingsTexts.SetProposal, "The user changes how their own reminders come: instant, or one daily digest; or their quiet hours (改为每日汇总, 即时提醒, 免打扰 12:00-14:00, 取消免打扰).",
            new SlotSpec("delivery", SlotKind.Choice, "instant or digest, when the user asks for one.") { Choices = ["instant", "digest"] },
            new SlotSpec("quiet", SlotKind.Text, "Quiet hours as HH:mm-HH:mm, or none to turn them off, when the user asks."))
        .Rule(RuleOrder.Command, 23, ReminderSettingsRules.MatchSet)
        .Rule(RuleOrder.Command, 25, ReminderSettingsRules.Match)
        .Help(ReminderSettingsTexts.HelpSay, ReminderSettingsTexts.HelpWhat, place: 30)
        .Build();
}
