namespace ChatBot.Dialogs.Understanding.Time;

/// <summary>The bureau's settings that time resolution depends on.</summary>
public sealed class TimeOptions
{
    /// <summary>How many working days "立即/迅速/会后" give a unit (the relay window).</summary>
    public int RelayWindowWorkingDays { get; init; } = 3;

    /// <summary>Whether a date is a working day; defaults to Monday–Friday. Plug a holiday calendar in here.</summary>
    public Func<DateOnly, bool> IsWorkingDay { get; init; } = WorkingDays.MondayToFriday;
}
