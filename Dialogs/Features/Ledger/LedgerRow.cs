using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Dialogs.Features.Ledger;

/// <summary>One line of the ledger: a directive as one owner unit owes it, with what a clerk reads beside it.</summary>
/// <param name="Light">Null for a closed item: the lights are for work still owed.</param>
/// <param name="Relay">The owner unit's relay meeting for the item's meeting; null when none is required of it.</param>
public sealed record LedgerRow(
    int Number,
    string MeetingId,
    string Meeting,
    string Task,
    string LeadUnits,
    string AssistingUnits,
    string Leaders,
    DateOnly? Due,
    string? DeadlineText,
    AssignmentStatus Status,
    TrafficLight? Light,
    string? LatestProgress,
    DateOnly? LatestProgressOn,
    RelayState? Relay,
    DateOnly? ClosedOn);

/// <summary>A meeting's relay duties, for the ledger's sheet per meeting.</summary>
public sealed record LedgerMeeting(Meeting Meeting, DateOnly Day, IReadOnlyList<RelayUnitState> Relay);

/// <summary>What the workbook is made of; the same store gives the same ledger.</summary>
/// <param name="Zone">The bureau's time zone: times of day stored in UTC are shown as its dates.</param>
public sealed record LedgerData(IReadOnlyList<LedgerRow> Rows, IReadOnlyList<LedgerMeeting> Meetings, DateOnly Today, TimeZoneInfo Zone);
