namespace ChatBot.Dialogs.Features.ReminderSettings;

public enum ReminderDelivery
{
    /// <summary>Each reminder as it comes (the default).</summary>
    Instant = 0,
    /// <summary>Everything held and sent once a day, at <c>Reminders:DigestTime</c>.</summary>
    Digest = 1,
}

/// <summary>
/// A member's own reminder preferences (collection "reminder_preferences", Id = member id): instant or one daily
/// digest, and their quiet hours (null: the bureau's <c>Reminders:QuietHours</c>). No document: the defaults.
/// </summary>
public sealed class ReminderPreference
{
    public string Id { get; set; } = "";
    public ReminderDelivery Delivery { get; set; }
    /// <summary>"12:00-14:00"; "" turns the bureau's quiet hours off for this member; null follows the bureau.</summary>
    public string? QuietHours { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// A reminder held for a member (quiet hours, or a daily-digest preference), collection "reminder_holds",
/// Id = "{member}|{reminder key}". Folded into the member's own digest, then removed.
/// </summary>
public sealed class ReminderHold
{
    public string Id { get; set; } = "";
    public string MemberId { get; set; } = "";
    public string ReminderKey { get; set; } = "";
    public Reminders.ReminderKind Kind { get; set; }
    public int Number { get; set; }
    public string Task { get; set; } = "";
    public string UnitName { get; set; } = "";
    public string MeetingTitle { get; set; } = "";
    public DateOnly? Due { get; set; }
    public int DaysOverdue { get; set; }
    public DateTimeOffset HeldAt { get; set; }
}
