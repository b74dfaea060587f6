using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;
using LiteDB;

namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>The reminders' own collections in the task store, and the snapshot the policy judges.</summary>
public static class ReminderRecords
{
    public const string PausesCollection = "reminder_pauses";
    public const string SentCollection = "sent_reminders";

    public static ILiteCollection<ReminderPause> ReminderPauses(this TaskStore store) => store.Collection<ReminderPause>(PausesCollection);
    public static ILiteCollection<SentReminderLog> SentReminders(this TaskStore store) => store.Collection<SentReminderLog>(SentCollection);

    /// <summary>Reads what the policy needs: open items, meetings, confirmations, roster, pauses and sent keys.</summary>
    public static ReminderSnapshot ReadSnapshot(this TaskStore store) => new()
    {
        Assignments = store.Assignments.FindAll().Where(a => a.IsOpen).ToList(),
        Meetings = store.Meetings.FindAll().ToList(),
        Confirmations = store.RelayConfirmations.FindAll().ToList(),
        Members = store.Members.FindAll().ToList(),
        Units = store.Units.FindAll().ToList(),
        Pauses = store.ReminderPauses().FindAll().ToList(),
        SentKeys = store.SentReminders().Query().Select(x => x.Id).ToEnumerable().ToHashSet(StringComparer.Ordinal),
    };

    /// <summary>
    /// Records <paramref name="due"/> as enqueued. Call inside <see cref="TaskStore.Write{T}"/> together
    /// with the outbox insert; false when the key was already recorded (another tick got there first),
    /// in which case the caller must not enqueue it.
    /// </summary>
    public static bool TryRecordSent(this TaskStore store, ReminderDue due, DateTimeOffset at)
    {
        var log = store.SentReminders();
        if (log.FindById(due.Key) is not null) return false;
        log.Insert(new SentReminderLog
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
    public static int PruneSentBefore(this TaskStore store, DateOnly day) =>
        store.Write(s => s.SentReminders().DeleteMany(x => x.Day < day));

    /// <summary>
    /// Pauses the member's own reminders for <paramref name="days"/> calendar days starting
    /// <paramref name="today"/> (capped at <paramref name="maxDays"/>); a second pause replaces the first.
    /// </summary>
    public static ReminderPause PauseReminders(this TaskStore store, string memberId, int days, DateOnly today, DateTimeOffset now, int maxDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var pause = new ReminderPause { Id = memberId, Until = today.AddDays(Math.Min(days, maxDays) - 1), CreatedAt = now };
        store.Write(s => s.ReminderPauses().Upsert(pause));
        return pause;
    }

    /// <summary>Ends the member's pause; false when there was none in force.</summary>
    public static bool ResumeReminders(this TaskStore store, string memberId, DateOnly today) =>
        store.Write(s =>
        {
            var pause = s.ReminderPauses().FindById(memberId);
            if (pause is null) return false;
            s.ReminderPauses().Delete(memberId);
            return pause.Covers(today);
        });
}
