namespace ChatBot.Dialogs.Features.Ledger;

/// <summary>
/// Which items a ledger covers. No meeting, unit or date named: the open items of every dispatched
/// meeting. Naming a meeting, units or a date range (on the meeting's date) takes all their items,
/// open and closed, as a ledger of that scope is a record; <see cref="IncludeClosed"/> adds closed
/// items to the unscoped ledger too.
/// </summary>
public sealed record LedgerScope
{
    /// <summary>Only these meetings; null = every dispatched meeting.</summary>
    public IReadOnlySet<string>? MeetingIds { get; init; }
    /// <summary>Only directives one of these units leads or assists; null = every unit.</summary>
    public IReadOnlySet<string>? UnitIds { get; init; }
    /// <summary>Meetings held on or after this day (the meeting's date, else the day it was dispatched).</summary>
    /// <summary>The units the reader may see (their role's scope, not something they named); null = every unit.</summary>
    public IReadOnlySet<string>? VisibleUnitIds { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public bool IncludeClosed { get; init; }

    public static LedgerScope Everything { get; } = new();

    /// <summary>Closed items are listed when asked for, or whenever the ledger is of a named scope.</summary>
    public bool ListsClosed => IncludeClosed || MeetingIds is not null || UnitIds is not null || From is not null || To is not null;

    public bool AdmitsMeetingDay(DateOnly day) => (From is null || day >= From) && (To is null || day <= To);
}
