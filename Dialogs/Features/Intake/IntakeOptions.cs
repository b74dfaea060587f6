namespace ChatBot.Dialogs.Features.Intake;

/// <summary>Section "Intake": limits and the review window of 立项.</summary>
public sealed class IntakeOptions
{
    /// <summary>Longer meeting texts are refused with the limit named; a speech or minutes is a few thousand characters.</summary>
    public int MaxTextChars { get; set; } = 50_000;

    /// <summary>Attached .txt/.docx files larger than this are not downloaded.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>How long a review waits for the office before it expires.</summary>
    public double ReviewHours { get; set; } = 48;

    /// <summary>"迅速/立即/会后" give units this many working days for the relay meeting.</summary>
    public int RelayWindowWorkingDays { get; set; } = 3;

    /// <summary>Directives per review card page; fewer when a page would pass Teams' card size.</summary>
    public int ReviewPageSize { get; set; } = 12;
}
