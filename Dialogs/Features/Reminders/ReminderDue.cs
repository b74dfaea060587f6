using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>One reminder the policy says is due now, to be enqueued once under <see cref="Key"/>.</summary>
public sealed record ReminderDue
{
    /// <summary>"{kind}:{entityId}:{stage}:{yyyy-MM-dd}"; the same situation on the same day always gives the same key.</summary>
    public required string Key { get; init; }
    public required ReminderKind Kind { get; init; }
    /// <summary>The local working day the reminder belongs to.</summary>
    public required DateOnly Day { get; init; }
    /// <summary>Member ids, distinct, in a stable order.</summary>
    public required IReadOnlyList<string> RecipientMemberIds { get; init; }
    public Assignment? Assignment { get; init; }
    public Meeting? Meeting { get; init; }
    public Unit? Unit { get; init; }
    /// <summary>The deadline judged: the assignment's, or the relay requirement's.</summary>
    public DateOnly? Due { get; init; }
    /// <summary>Calendar days past the deadline — what "逾期N天" means to a reader.</summary>
    public int DaysOverdue { get; init; }
    /// <summary>Working days past the deadline — what cadence and escalation count.</summary>
    public int WorkingDaysOverdue { get; init; }
    /// <summary>Relay chase: the forms the unit has not confirmed.</summary>
    public IReadOnlyList<string> MissingForms { get; init; } = [];
    /// <summary>Digest: one line per unit with anything to report.</summary>
    public IReadOnlyList<DigestLine> Digest { get; init; } = [];
    /// <summary>What it is about (Features/Snooze ReminderSubjects): what 稍后提醒 puts off. Null for digests.</summary>
    public string? Subject { get; init; }
    /// <summary>Recipients it is held for (quiet hours, daily-digest preference): folded into their own digest.</summary>
    public IReadOnlyList<string> Held { get; init; } = [];
    /// <summary>Sent because the member's 稍后提醒 ran out.</summary>
    public bool FromSnooze { get; init; }
    /// <summary>Report ask: the ask's id and the cadence it follows.</summary>
    public string? AskId { get; init; }
    public Understanding.Cadence.ReportCadenceRule? Cadence { get; init; }
    /// <summary>Personal digest: the reminders held for the member.</summary>
    public IReadOnlyList<ReminderSettings.ReminderHold> Holds { get; init; } = [];
}

/// <summary>A unit's counts in the office digest (reports asked for by a cadence and not given: <paramref name="ReportsOverdue"/>).</summary>
public sealed record DigestLine(string UnitId, string UnitName, int Overdue, int DueSoon, int RelayOutstanding, int ReportsOverdue = 0);
