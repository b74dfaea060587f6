namespace ChatBot.Dialogs.Features.Snooze;

/// <summary>
/// 稍后提醒: a member put one reminder's subject off until <see cref="Until"/> (collection "reminder_snoozes",
/// Id = "{member}|{subject}", so a second snooze of the same thing replaces the first). Until then the member
/// gets no reminder about it; at <see cref="Until"/> (in sending hours) they get one, once.
/// </summary>
public sealed class ReminderSnooze
{
    public string Id { get; set; } = "";
    public string MemberId { get; set; } = "";
    /// <summary>What the reminder is about (<see cref="ReminderSubjects"/>): an item, its escalation, a unit's relay meeting, a report ask.</summary>
    public string Subject { get; set; } = "";
    /// <summary>The key of the reminder whose card was snoozed; its card is updated in place.</summary>
    public string ReminderKey { get; set; } = "";
    public DateTimeOffset Until { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public static string IdFor(string memberId, string subject) => $"{memberId}|{subject}";
}

/// <summary>The last reminder a member was sent (collection "reminder_latest", Id = member id): what a typed 稍后提醒 applies to.</summary>
public sealed class LatestReminder
{
    public string Id { get; set; } = "";
    public string ReminderKey { get; set; } = "";
    public string Subject { get; set; } = "";
    public DateTimeOffset SentAt { get; set; }
}

/// <summary>The subjects a reminder can be about, as strings a card carries and the policy matches.</summary>
public static class ReminderSubjects
{
    public static string Item(string assignmentId) => "item:" + assignmentId;
    public static string Escalation(string assignmentId) => "escalation:" + assignmentId;
    public static string Relay(string meetingId, string unitId) => $"relay:{meetingId}:{unitId}";
    public static string Ask(string askId) => "ask:" + askId;

    /// <summary>The assignment an item, escalation or ask subject is about; null for a relay meeting.</summary>
    public static string? AssignmentOf(string subject) => subject switch
    {
        _ when subject.StartsWith("item:", StringComparison.Ordinal) => subject[5..],
        _ when subject.StartsWith("escalation:", StringComparison.Ordinal) => subject[11..],
        _ when subject.StartsWith("ask:", StringComparison.Ordinal) => subject[4..].Split('|')[0],
        _ => null,
    };

    /// <summary>(meeting, unit) of a relay subject.</summary>
    public static (string Meeting, string Unit)? RelayOf(string subject)
    {
        if (!subject.StartsWith("relay:", StringComparison.Ordinal)) return null;
        var parts = subject[6..].Split(':', 2);
        return parts.Length == 2 ? (parts[0], parts[1]) : null;
    }

    public static bool IsValid(string? subject) =>
        subject is { Length: > 0 and <= 200 } && (AssignmentOf(subject) is { Length: > 0 } || RelayOf(subject) is not null);
}
