namespace ChatBot.Dialogs.Domain;

/// <summary>One concrete, checkable directive of a meeting.</summary>
public sealed class Directive
{
    public string Id { get; set; } = "";
    public string MeetingId { get; set; } = "";
    /// <summary>1-based number within the meeting, as shown on the review card.</summary>
    public int Number { get; set; }
    public string Task { get; set; } = "";
    public List<string> LeadUnitIds { get; set; } = [];
    public List<string> AssistingUnitIds { get; set; } = [];
    public string? DeadlineText { get; set; }
    public DateOnly? Due { get; set; }
    public string Source { get; set; } = "";
}
