using ChatBot.Dialogs.Features.Cadence;
using ChatBot.Dialogs.Features.ReminderSettings;
using ChatBot.Dialogs.Features.Snooze;

namespace ChatBot.Dialogs.Storage;

// Repositories of #15 parts 6 and 7, reached through Get<T>() (LiteDB: Storage/LiteDb/LiteDbReminderNoise.cs).

/// <summary>稍后提醒 (collection "reminder_snoozes") and each member's last reminder ("reminder_latest").</summary>
public interface IReminderSnoozes
{
    ReminderSnooze? Get(string id);
    IReadOnlyList<ReminderSnooze> All();
    void Put(ReminderSnooze snooze);
    void Delete(string id);
    LatestReminder? Latest(string memberId);
    void PutLatest(LatestReminder latest);
}

/// <summary>Per-member delivery preferences ("reminder_preferences") and the reminders held for them ("reminder_holds").</summary>
public interface IReminderPreferences
{
    ReminderPreference? Get(string memberId);
    IReadOnlyList<ReminderPreference> All();
    void Put(ReminderPreference preference);
    IReadOnlyList<ReminderHold> Holds();
    void Hold(ReminderHold hold);
    void Release(string holdId);
}

/// <summary>Reporting cadences ("report_cadences", by assignment) and the asks made ("report_asks", queried by assignment).</summary>
public interface IReportCadences
{
    ReportCadence? Get(string assignmentId);
    IReadOnlyList<ReportCadence> All();
    void Put(ReportCadence cadence);
    void Delete(string assignmentId);
    ReportAsk? Ask(string id);
    IReadOnlyList<ReportAsk> AsksOf(string assignmentId);
    /// <summary>Asks not answered yet.</summary>
    IReadOnlyList<ReportAsk> Unanswered();
    void PutAsk(ReportAsk ask);
}
