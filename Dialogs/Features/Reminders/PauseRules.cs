using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;

namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>暂停提醒三天 / pause reminders for a week / 恢复提醒, read by the one parser the reminders slice has (<see cref="PauseCommand"/>).</summary>
internal static class PauseRules
{
    public static Intent? Match(string text) => PauseCommand.Parse(text) switch
    {
        { Action: PauseAction.Resume } => Intent.Of(PauseCapability.Resume),
        { Action: PauseAction.Pause } p => Intent.Of(PauseCapability.Pause, ("days", TextSlots.Digits(p.Days))),
        _ => null,
    };
}
