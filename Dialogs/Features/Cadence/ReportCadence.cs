using ChatBot.Dialogs.Understanding.Cadence;

namespace ChatBot.Dialogs.Features.Cadence;

/// <summary>
/// An item's reporting cadence (collection "report_cadences", Id = assignment id): read from the directive at
/// dispatch or set by the office (第3条 每周五前报进展). The owners are asked on each report day.
/// </summary>
public sealed class ReportCadence
{
    public string Id { get; set; } = "";
    public CadenceKind Kind { get; set; }
    public DayOfWeek Weekday { get; set; }
    public int MonthDay { get; set; }
    public int WorkingDays { get; set; }
    /// <summary>The meeting day an after-meeting cadence counts from.</summary>
    public DateOnly? MeetingDay { get; set; }
    public string SetBy { get; set; } = "";
    public DateTimeOffset SetAt { get; set; }

    public ReportCadenceRule Rule => new(Kind, Weekday, MonthDay, WorkingDays);

    public static ReportCadence For(string assignmentId, ReportCadenceRule rule, DateOnly? meetingDay, string by, DateTimeOffset at) => new()
    {
        Id = assignmentId, Kind = rule.Kind, Weekday = rule.Weekday, MonthDay = rule.MonthDay, WorkingDays = rule.WorkingDays,
        MeetingDay = meetingDay, SetBy = by, SetAt = at,
    };
}

/// <summary>
/// One report the owners were asked for (collection "report_asks", Id = "{assignment}|{yyyy-MM-dd}" of the
/// report day). Answered once, by a one-tap answer (and an optional note) or by any progress report on the item.
/// </summary>
public sealed class ReportAsk
{
    public string Id { get; set; } = "";
    public string AssignmentId { get; set; } = "";
    public DateOnly Due { get; set; }
    public DateTimeOffset AskedAt { get; set; }
    /// <summary><see cref="ReportAnswers"/>; null while unanswered.</summary>
    public string? Answer { get; set; }
    public string? Note { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    public static string IdFor(string assignmentId, DateOnly due) => $"{assignmentId}|{due:yyyy-MM-dd}";
}

/// <summary>The one-tap answers to a report ask.</summary>
public static class ReportAnswers
{
    public const string OnTrack = "onTrack";
    public const string NoChange = "noChange";
    public const string Blocked = "blocked";
    public static readonly IReadOnlyList<string> All = [OnTrack, NoChange, Blocked];
}
