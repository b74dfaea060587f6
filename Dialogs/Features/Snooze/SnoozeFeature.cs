using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Cadence;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Snooze;

/// <summary>
/// 稍后提醒: from a reminder card's button (that reminder) or typed (the member's last reminder). Only the people
/// a subject concerns may snooze it; a subject already done gets a clear answer and changes nothing. The snooze
/// and its audit entry are one write, and the reminder's card is replaced in place to say until when.
/// </summary>
public sealed class SnoozeFeature(WorkingCalendar? calendar = null, ReminderOptions? options = null) : ITurnFeature
{
    private readonly WorkingCalendar _calendar = calendar ?? WorkingCalendar.WeekdaysOnly;
    private readonly ReminderOptions _options = options ?? new ReminderOptions();

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct) => Task.FromResult(Handle(turn, intent));

    private TurnResult Handle(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        var fromCard = turn.Request.Action is not null;
        string? key, subject;
        if (fromCard)
        {
            key = CardValues.Text(turn.Request.Action, "rk");
            subject = CardValues.Text(turn.Request.Action, "subject");
            if (key is not { Length: > 0 and <= 300 } || !ReminderSubjects.IsValid(subject)) return TurnResult.Of(EngineTexts.UnknownAction(lang));
        }
        else
        {
            var latest = turn.Store.Get<IReminderSnoozes>().Latest(turn.Member.Id);
            if (latest is null) return TurnResult.Of(SnoozeTexts.NoReminder(lang));
            (key, subject) = (latest.ReminderKey, latest.Subject);
        }
        var choice = turn.Arg(intent, "until") ?? (fromCard ? null : SnoozeTime.TwoHours);
        if (SnoozeTime.Until(choice, turn.Clock.UtcNow, turn.Clock.Zone, _calendar, _options.WorkdayStart) is not { } until)
            return TurnResult.Of(SnoozeTexts.BadChoice(lang));

        var result = new TurnResult();
        var answer = turn.Store.Write(s =>
        {
            // Read inside the write: the item may have been closed, or the ask answered, since the card was sent.
            var problem = Check(s, turn.Member, subject!, out var about);
            if (problem is not null) return problem(lang);
            var snoozes = s.Get<IReminderSnoozes>();
            var id = ReminderSnooze.IdFor(turn.Member.Id, subject!);
            var before = snoozes.Get(id);
            snoozes.Put(new ReminderSnooze { Id = id, MemberId = turn.Member.Id, Subject = subject!, ReminderKey = key!, Until = until, CreatedAt = turn.Clock.UtcNow });
            turn.Audit("reminder", subject!, "snooze", before?.Until.ToString("O"), until.ToString("O"));
            var card = SnoozeCards.Snoozed(lang, about(lang), turn.Clock.ToLocal(until), key!, subject!);
            if (turn.Request.ExpectsCardResponse) result.CardResponse = card;
            else
                result.Notify(s, [new ProactiveMessage($"snooze:{id}:{turn.Request.ActivityId ?? Guid.NewGuid().ToString("N")}", turn.Member.Id, null,
                    new Reply(null, card), ReminderCards.UpdateKey(key!, turn.Member.Id))]);
            return null;
        });
        if (answer is not null) return TurnResult.Of(answer);
        // A click leaves the card saying it; a typed request gets its answer in words too.
        if (!fromCard) result.Say(SnoozeTexts.Snoozed(lang, turn.Clock.ToLocal(until)));
        return result;
    }

    /// <summary>Null when the member may snooze the subject and it is still owed; else the answer.</summary>
    private static Func<Lang, string>? Check(IStoreSession s, Member member, string subject, out Func<Lang, string> about)
    {
        about = _ => "";
        if (ReminderSubjects.RelayOf(subject) is { } relay)
        {
            var meeting = s.Meetings.Get(relay.Meeting);
            var unit = s.Roster.Unit(relay.Unit);
            if (meeting is null || unit is null) return SnoozeTexts.Gone;
            if (!member.IsOffice && !member.HasRole(unit.Id, UnitRole.Head, UnitRole.Deputy, UnitRole.Liaison)) return SnoozeTexts.NotYours;
            if (meeting.Status != MeetingStatus.Dispatched) return SnoozeTexts.Gone;
            about = l => $"{ReminderTexts.For(l).Title(ReminderKind.RelayChase)} · {unit.Name} · {meeting.Title}";
            return null;
        }
        var item = s.Items.Get(ReminderSubjects.AssignmentOf(subject)!);
        if (item is null) return SnoozeTexts.Gone;
        var escalation = subject.StartsWith("escalation:", StringComparison.Ordinal);
        var allowed = escalation ? member.IsOffice || (member.IsLeader && member.Portfolio.Contains(item.UnitId)) : ItemAccess.CanReport(member, item);
        if (!allowed) return SnoozeTexts.NotYours;
        if (!item.IsOpen || item.Status == AssignmentStatus.CheckOffRequested) return SnoozeTexts.Gone;
        if (subject.StartsWith("ask:", StringComparison.Ordinal) && s.Get<IReportCadences>().Ask(subject[4..]) is { AnsweredAt: not null }) return SnoozeTexts.Gone;
        about = l => $"{ReminderTexts.For(l).ItemNumber(item.Number)} {item.Task}";
        return null;
    }
}
