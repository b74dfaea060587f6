using ChatBot.Dialogs.Features.Reminders;

namespace ChatBot.Dialogs.Storage;

/// <summary>Reminder pauses (one per member) and the keys of reminders already enqueued.</summary>
public interface IReminderLog
{
    ReminderPause? Pause(string memberId);
    IReadOnlyList<ReminderPause> Pauses();
    void PutPause(ReminderPause pause);
    void DeletePause(string memberId);

    bool WasSent(string key);
    IReadOnlySet<string> SentKeys();
    void AddSent(SentReminderLog sent);
    /// <summary>Forgets the keys of days before <paramref name="day"/>; returns how many.</summary>
    int PruneSentBefore(DateOnly day);
}
