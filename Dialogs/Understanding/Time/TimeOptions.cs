namespace ChatBot.Dialogs.Understanding.Time;

/// <summary>The bureau's settings that time resolution depends on.</summary>
public sealed class TimeOptions
{
    /// <summary>How many working days "立即/迅速/会后" give a unit (the relay window).</summary>
    public int RelayWindowWorkingDays { get; init; } = 3;

    /// <summary>The bureau's working calendar; Monday–Friday unless the host gives the one it loaded.</summary>
    public WorkingCalendar Calendar { get; init; } = WorkingCalendar.WeekdaysOnly;
}
