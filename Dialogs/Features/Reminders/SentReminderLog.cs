namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>
/// A reminder that was enqueued, collection "sent_reminders", Id = <see cref="ReminderDue.Key"/>.
/// Written in the same transaction as the outbox entry, so a restart neither loses nor repeats one.
/// </summary>
public sealed class SentReminderLog
{
    public string Id { get; set; } = "";
    public ReminderKind Kind { get; set; }
    public DateOnly Day { get; set; }
    public List<string> RecipientMemberIds { get; set; } = [];
    public DateTimeOffset SentAt { get; set; }
}
