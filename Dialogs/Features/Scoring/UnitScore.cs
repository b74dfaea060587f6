namespace ChatBot.Dialogs.Features.Scoring;

/// <summary>A relay meeting a unit owed by a day in the month and had not held by the as-of day.</summary>
public sealed record RelayNotHeld(string MeetingId, string MeetingTitle, DateOnly Due);

/// <summary>One unit's figures for one month, all derived from items, the audit trail and relay records.</summary>
public sealed record UnitScore(
    string UnitId,
    string UnitName,
    int Due,
    int OnTime,
    int Late,
    int OverdueNow,
    IReadOnlyList<int> OverdueNumbers,
    double? AverageDaysLate,
    int RelayDue,
    int RelayOnTime,
    IReadOnlyList<RelayNotHeld> RelayNotHeld,
    int ExtensionRequests,
    double Score)
{
    /// <summary>按期办结率: done on time / due; null when nothing fell due.</summary>
    public double? OnTimeRate => Due == 0 ? null : (double)OnTime / Due;
    public double? RelayRate => RelayDue == 0 ? null : (double)RelayOnTime / RelayDue;
}

/// <summary>
/// A month's figures for every unit in scope, in ranking order: units with items due first, by 按期办结率,
/// then score, then name; units with nothing due after them, by score and name. <see cref="AsOf"/> is the
/// last day counted: the month's last day, or today while the month runs.
/// </summary>
public sealed record ScoreSheet(int Year, int Month, DateOnly AsOf, IReadOnlyList<UnitScore> Units)
{
    public int Due => Units.Sum(u => u.Due);
    public int OnTime => Units.Sum(u => u.OnTime);
    public double? OnTimeRate => Due == 0 ? null : (double)OnTime / Due;
    public string Key => $"{Year:D4}-{Month:D2}";
}
