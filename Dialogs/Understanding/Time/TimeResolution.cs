namespace ChatBot.Dialogs.Understanding.Time;

/// <summary>
/// One resolved time expression. <see cref="Text"/> is the expression exactly as written, so a reviewer
/// always sees what the speaker said even when <see cref="Date"/> is null.
/// </summary>
public sealed record TimeResolution(TimeKind Kind, DateOnly? Date, string Text)
{
    /// <summary>Where the expression starts in the text it was found in (-1 when not applicable).</summary>
    public int Index { get; init; } = -1;

    /// <summary>True for "每年2月底前"-style deadlines; <see cref="Date"/> is then the next occurrence.</summary>
    public bool Recurring { get; init; }

    public static TimeResolution None { get; } = new(TimeKind.None, null, "");
}
