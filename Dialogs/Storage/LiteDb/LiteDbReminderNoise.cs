using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using ChatBot.Dialogs.Features.Cadence;
using ChatBot.Dialogs.Features.ReminderSettings;
using ChatBot.Dialogs.Features.Snooze;
using LiteDB;

namespace ChatBot.Dialogs.Storage.LiteDb;

internal static class LiteDbReminderNoise
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Registration of this assembly's store implementations, nothing else.")]
    internal static void Register()
    {
        LiteDbStore.Provide<IReminderSnoozes>(c => new LiteDbReminderSnoozes(c));
        LiteDbStore.Provide<IReminderPreferences>(c => new LiteDbReminderPreferences(c));
        LiteDbStore.Provide<IReportCadences>(c => new LiteDbReportCadences(c));
    }
}

internal sealed class LiteDbReminderSnoozes(LiteDbCollections c) : IReminderSnoozes
{
    private ILiteCollection<ReminderSnooze> Snoozes => c.Collection<ReminderSnooze>("reminder_snoozes");
    private ILiteCollection<LatestReminder> Latests => c.Collection<LatestReminder>("reminder_latest");

    public ReminderSnooze? Get(string id) => Snoozes.FindById(id);
    public IReadOnlyList<ReminderSnooze> All() => Snoozes.FindAll().ToList();
    public void Put(ReminderSnooze snooze) => Snoozes.Upsert(snooze);
    public void Delete(string id) => Snoozes.Delete(id);
    public LatestReminder? Latest(string memberId) => Latests.FindById(memberId);
    public void PutLatest(LatestReminder latest) => Latests.Upsert(latest);
}

internal sealed class LiteDbReminderPreferences(LiteDbCollections c) : IReminderPreferences
{
    private ILiteCollection<ReminderPreference> Preferences => c.Collection<ReminderPreference>("reminder_preferences");
    private ILiteCollection<ReminderHold> HoldDocs => c.Collection<ReminderHold>("reminder_holds");

    public ReminderPreference? Get(string memberId) => Preferences.FindById(memberId);
    public IReadOnlyList<ReminderPreference> All() => Preferences.FindAll().ToList();
    public void Put(ReminderPreference preference) => Preferences.Upsert(preference);
    public IReadOnlyList<ReminderHold> Holds() => HoldDocs.FindAll().ToList();
    public void Hold(ReminderHold hold) => HoldDocs.Upsert(hold);
    public void Release(string holdId) => HoldDocs.Delete(holdId);
}

internal sealed class LiteDbReportCadences(LiteDbCollections c) : IReportCadences
{
    private ILiteCollection<ReportCadence> Cadences => c.Collection<ReportCadence>("report_cadences");
    private ILiteCollection<ReportAsk> Asks => c.Collection<ReportAsk>("report_asks");

    public ReportCadence? Get(string assignmentId) => Cadences.FindById(assignmentId);
    public IReadOnlyList<ReportCadence> All() => Cadences.FindAll().ToList();
    public void Put(ReportCadence cadence) => Cadences.Upsert(cadence);
    public void Delete(string assignmentId) => Cadences.Delete(assignmentId);
    public ReportAsk? Ask(string id) => Asks.FindById(id);
    public IReadOnlyList<ReportAsk> AsksOf(string assignmentId) => Asks.Find(a => a.AssignmentId == assignmentId).OrderBy(a => a.Due).ToList();
    public IReadOnlyList<ReportAsk> Unanswered() => Asks.Find(a => a.AnsweredAt == null).ToList();
    public void PutAsk(ReportAsk ask) => Asks.Upsert(ask);
}
