namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>Configuration section "Reminders".</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Nothing is sent before this local time…</summary>
    public TimeOnly WorkdayStart { get; set; } = new(9, 0);
    /// <summary>…nor at or after this one.</summary>
    public TimeOnly WorkdayEnd { get; set; } = new(18, 0);
    /// <summary>The yellow (临近) reminder goes when this many working days or fewer are left.</summary>
    public int ApproachingDays { get; set; } = 3;
    /// <summary>After the deadline, a reminder every this many working days (1 = daily).</summary>
    public int OverdueCadenceDays { get; set; } = 1;
    /// <summary>Working days overdue before the leader in charge and the office are told.</summary>
    public int EscalateAfterDays { get; set; } = 2;
    /// <summary>After a relay due date, units that have not confirmed are chased every this many working days.</summary>
    public int RelayChaseCadenceDays { get; set; } = 1;
    /// <summary>The office digest goes at the first run on or after this local time.</summary>
    public TimeOnly DigestTime { get; set; } = new(9, 0);
    /// <summary>The longest pause a member may ask for, in days.</summary>
    public int MaxPauseDays { get; set; } = 30;
    /// <summary>"12:00-14:00": reminders falling in it are held and folded into each member's own digest; empty: none. A member may set their own.</summary>
    public string QuietHours { get; set; } = "";

    /// <summary>Fails fast on settings that would make the policy silent or noisy by mistake.</summary>
    public void Validate()
    {
        if (WorkdayEnd <= WorkdayStart) throw new InvalidOperationException("Reminders:WorkdayEnd must be after Reminders:WorkdayStart");
        if (ApproachingDays < 0) throw new InvalidOperationException("Reminders:ApproachingDays must be 0 or more");
        if (OverdueCadenceDays < 1 || RelayChaseCadenceDays < 1) throw new InvalidOperationException("Reminders cadences must be 1 or more");
        if (EscalateAfterDays < 1) throw new InvalidOperationException("Reminders:EscalateAfterDays must be 1 or more");
        if (MaxPauseDays < 1) throw new InvalidOperationException("Reminders:MaxPauseDays must be 1 or more");
        if (!string.IsNullOrWhiteSpace(QuietHours) && QuietWindow.Parse(QuietHours) is null)
            throw new InvalidOperationException("Reminders:QuietHours must look like 12:00-14:00 (start and end differ), or be empty");
    }
}
