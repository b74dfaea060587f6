namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>
/// A member's own pause ("暂停提醒3天"), collection "reminder_pauses", one per member (Id = member id).
/// Escalations ignore it: a leader's view of an overdue item is not the member's to silence.
/// </summary>
public sealed class ReminderPause
{
    public string Id { get; set; } = "";
    /// <summary>Last local day that is paused, inclusive.</summary>
    public DateOnly Until { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public bool Covers(DateOnly day) => day <= Until;
}
