using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>Everything the policy judges, read from the store in one go so the policy stays pure.</summary>
public sealed record ReminderSnapshot
{
    public IReadOnlyList<Assignment> Assignments { get; init; } = [];
    public IReadOnlyList<Meeting> Meetings { get; init; } = [];
    public IReadOnlyList<RelayConfirmation> Confirmations { get; init; } = [];
    public IReadOnlyList<Member> Members { get; init; } = [];
    public IReadOnlyList<Unit> Units { get; init; } = [];
    public IReadOnlyList<ReminderPause> Pauses { get; init; } = [];
    /// <summary>Keys already enqueued (the sent log).</summary>
    public IReadOnlySet<string> SentKeys { get; init; } = new HashSet<string>();
    /// <summary>稍后提醒 in force or run out (Features/Snooze).</summary>
    public IReadOnlyList<Snooze.ReminderSnooze> Snoozes { get; init; } = [];
    /// <summary>Members' delivery preferences and the reminders held for them (Features/ReminderSettings).</summary>
    public IReadOnlyList<ReminderSettings.ReminderPreference> Preferences { get; init; } = [];
    public IReadOnlyList<ReminderSettings.ReminderHold> Holds { get; init; } = [];
    /// <summary>Reporting cadences, the asks of their items and every unanswered ask (Features/Cadence).</summary>
    public IReadOnlyList<Cadence.ReportCadence> Cadences { get; init; } = [];
    public IReadOnlyList<Cadence.ReportAsk> Asks { get; init; } = [];
    /// <summary>The latest progress report of each item with an unanswered ask: a report answers the ask.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> LastReportAt { get; init; } = new Dictionary<string, DateTimeOffset>();
    /// <summary>Items with an extension request awaiting a decision: their overdue reminders wait for it.</summary>
    public IReadOnlySet<string> PendingExtensions { get; init; } = new HashSet<string>();
}
