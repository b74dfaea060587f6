using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>The reminders' own records in the task store (pauses, sent keys), and the snapshot the policy judges.</summary>
public static class ReminderRecords
{
    /// <summary>Reads what the policy needs: open items, meetings, confirmations, roster, pauses and sent keys.</summary>
    public static ReminderSnapshot ReadSnapshot(this IStoreSession store) => new ReminderSnapshot
    {
        Assignments = store.Items.Open().ToList(),
        Meetings = store.Meetings.All().ToList(),
        Confirmations = store.Meetings.Confirmations().ToList(),
        Members = store.Roster.Members().ToList(),
        Units = store.Roster.Units().ToList(),
        Pauses = store.Reminders.Pauses().ToList(),
        SentKeys = store.Reminders.SentKeys().ToHashSet(StringComparer.Ordinal),
    }.WithNoise(store);

    /// <summary>
    /// Records <paramref name="due"/> as enqueued. Call inside <see cref="IStore.Write{T}"/> together
    /// with the outbox insert; false when the key was already recorded (another tick got there first),
    /// in which case the caller must not enqueue it.
    /// </summary>
    public static bool TryRecordSent(this IStoreSession store, ReminderDue due, DateTimeOffset at)
    {
        var log = store.Reminders;
        if (log.WasSent(due.Key)) return false;
        log.AddSent(new SentReminderLog
        {
            Id = due.Key,
            Kind = due.Kind,
            Day = due.Day,
            RecipientMemberIds = due.RecipientMemberIds.ToList(),
            SentAt = at,
        });
        return true;
    }

    /// <summary>
    /// Forgets sent keys of days before <paramref name="day"/>. Safe once no deadline in the
    /// approaching window could still produce an old key — keep at least a few months.
    /// </summary>
    public static int PruneSentBefore(this IStore store, DateOnly day) =>
        store.Write(s => s.Reminders.PruneSentBefore(day));

    /// <summary>
    /// Pauses the member's own reminders for <paramref name="days"/> calendar days starting
    /// <paramref name="today"/> (capped at <paramref name="maxDays"/>); a second pause replaces the first.
    /// </summary>
    public static ReminderPause PauseReminders(this IStore store, string memberId, int days, DateOnly today, DateTimeOffset now, int maxDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var pause = new ReminderPause { Id = memberId, Until = today.AddDays(Math.Min(days, maxDays) - 1), CreatedAt = now };
        store.Write(s => s.Reminders.PutPause(pause));
        return pause;
    }

    /// <summary>Ends the member's pause; false when there was none in force.</summary>
    public static bool ResumeReminders(this IStore store, string memberId, DateOnly today) =>
        store.Write(s =>
        {
            var pause = s.Reminders.Pause(memberId);
            if (pause is null) return false;
            s.Reminders.DeletePause(memberId);
            return pause.Covers(today);
        });
}
