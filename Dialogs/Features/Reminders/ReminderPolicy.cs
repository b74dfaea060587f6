using System.Globalization;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>
/// Decides which reminders are due at a given instant. Pure: no clock, no store, no I/O — the
/// scheduler reads a <see cref="ReminderSnapshot"/>, asks, enqueues what comes back and records
/// each key in the sent log. Keys depend only on the situation and the local day, so running the
/// policy again (a second tick, a restart) returns nothing new until something changes.
/// </summary>
public sealed class ReminderPolicy
{
    private readonly WorkingCalendar _calendar;
    private readonly ReminderOptions _options;

    /// <summary>The bureau's time zone (<c>Bureau:TimeZone</c>, the same as the clock's): working hours and days are local to it.</summary>
    public TimeZoneInfo TimeZone { get; }

    public ReminderPolicy(WorkingCalendar calendar, ReminderOptions options, TimeZoneInfo timeZone)
    {
        options.Validate();
        _calendar = calendar;
        _options = options;
        TimeZone = timeZone;
    }

    public DateOnly LocalDay(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime);

    /// <summary>True on a working day within working hours, local time: the only time anything is sent.</summary>
    public bool IsSendingTime(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, TimeZone).DateTime;
        var time = TimeOnly.FromDateTime(local);
        return _calendar.IsWorkingDay(DateOnly.FromDateTime(local)) && time >= _options.WorkdayStart && time < _options.WorkdayEnd;
    }

    /// <summary>The reminders due at <paramref name="now"/> whose keys are not in <see cref="ReminderSnapshot.SentKeys"/>.</summary>
    public IReadOnlyList<ReminderDue> Due(DateTimeOffset now, ReminderSnapshot snapshot)
    {
        if (!IsSendingTime(now)) return [];
        var today = LocalDay(now);
        var recipients = new ReminderRecipients(snapshot, today);
        var units = snapshot.Units.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First());
        var owed = Owed(snapshot);
        var relay = UnconfirmedRelay(snapshot, today);

        var due = new List<ReminderDue>();
        foreach (var assignment in owed)
            due.AddRange(ForAssignment(assignment, today, recipients, units));
        foreach (var gap in relay)
            if (ChaseDay(gap, today) is { } chase)
                due.Add(chase with { RecipientMemberIds = recipients.WithoutPaused(recipients.ForUnit(gap.UnitId)), Unit = units.GetValueOrDefault(gap.UnitId) });
        if (TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime) >= _options.DigestTime)
            due.Add(Digest(today, owed, relay, recipients, units));

        return due
            .Where(d => d.RecipientMemberIds.Count > 0 && !snapshot.SentKeys.Contains(d.Key))
            .OrderBy(d => d.Kind).ThenBy(d => d.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Items a unit still owes with a deadline. An item awaiting the office's check-off is with the
    /// office (a passed-down one with its unit head, 待负责人审核), so its unit is not chased; a cancelled meeting's items are not chased at all.
    /// </summary>
    private static List<Assignment> Owed(ReminderSnapshot snapshot)
    {
        var cancelled = snapshot.Meetings.Where(m => m.Status == MeetingStatus.Cancelled).Select(m => m.Id).ToHashSet();
        return snapshot.Assignments
            .Where(a => a.IsOpen && a.Due is not null && a.Status != AssignmentStatus.CheckOffRequested && !cancelled.Contains(a.MeetingId))
            .ToList();
    }

    private IEnumerable<ReminderDue> ForAssignment(Assignment a, DateOnly today, ReminderRecipients recipients, Dictionary<string, Unit> units)
    {
        var deadline = a.Due!.Value;
        var unit = units.GetValueOrDefault(a.UnitId);
        var owners = recipients.ForAssignment(a);
        if (today <= deadline)
        {
            // Working days left after today: 0 means today is the last working day for it
            // (the deadline itself, or the Friday before a Saturday deadline).
            var left = _calendar.WorkingDaysBetween(today, deadline);
            if (left == 0)
                yield return Make(ReminderKind.DueToday, a.Id, "due", deadline, today, recipients.WithoutPaused(owners)) with { Assignment = a, Unit = unit, Due = deadline };
            else if (left <= _options.ApproachingDays)
                // Keyed on the deadline, not today: one yellow reminder per deadline, sent on the
                // first working moment inside the window (so an item created late still gets one).
                yield return Make(ReminderKind.Approaching, a.Id, "yellow", deadline, today, recipients.WithoutPaused(owners)) with { Assignment = a, Unit = unit, Due = deadline };
            yield break;
        }

        var late = _calendar.WorkingDaysBetween(deadline, today);
        var days = today.DayNumber - deadline.DayNumber;
        if ((late - 1) % _options.OverdueCadenceDays == 0)
            yield return Make(ReminderKind.Overdue, a.Id, $"d{late}", today, today, recipients.WithoutPaused(owners))
                with { Assignment = a, Unit = unit, Due = deadline, DaysOverdue = days, WorkingDaysOverdue = late };
        if (late >= _options.EscalateAfterDays && (late - _options.EscalateAfterDays) % _options.OverdueCadenceDays == 0)
            yield return Make(ReminderKind.Escalation, a.Id, $"d{late}", today, today, recipients.ForEscalation(a))
                with { Assignment = a, Unit = unit, Due = deadline, DaysOverdue = days, WorkingDaysOverdue = late };
    }

    private ReminderDue? ChaseDay(RelayGap gap, DateOnly today)
    {
        var late = _calendar.WorkingDaysBetween(gap.Due, today);
        if ((late - 1) % _options.RelayChaseCadenceDays != 0) return null;
        return Make(ReminderKind.RelayChase, gap.Meeting.Id, gap.UnitId, today, today, [])
            with { Meeting = gap.Meeting, Due = gap.Due, DaysOverdue = today.DayNumber - gap.Due.DayNumber, WorkingDaysOverdue = late, MissingForms = gap.MissingForms };
    }

    /// <summary>A unit that, after a relay due date, has not confirmed every required form of a dispatched meeting.</summary>
    private sealed record RelayGap(Meeting Meeting, string UnitId, DateOnly Due, IReadOnlyList<string> MissingForms);

    private static List<RelayGap> UnconfirmedRelay(ReminderSnapshot snapshot, DateOnly today)
    {
        var confirmed = snapshot.Confirmations.Select(c => (c.MeetingId, c.UnitId, Form: c.Form.Trim())).ToHashSet();
        var anyConfirmed = snapshot.Confirmations.Select(c => (c.MeetingId, c.UnitId)).ToHashSet();
        var allUnits = snapshot.Units.Select(u => u.Id).ToList();
        var gaps = new List<RelayGap>();
        foreach (var meeting in snapshot.Meetings.Where(m => m.Status == MeetingStatus.Dispatched))
        {
            // Several requirements may name the same unit: one chase per unit and meeting, listing
            // every missing form, dated from the earliest missed due date.
            var byUnit = new Dictionary<string, (DateOnly Due, List<string> Missing)>(StringComparer.Ordinal);
            foreach (var requirement in meeting.Relay.Where(r => r.Due is not null && r.Due < today))
            {
                var unitIds = requirement.UnitIds.Contains("*") ? allUnits : requirement.UnitIds;
                foreach (var unitId in unitIds.Distinct())
                {
                    var missing = requirement.Forms.Select(f => f.Trim()).Where(f => !confirmed.Contains((meeting.Id, unitId, f))).ToList();
                    // No forms named: any confirmation satisfies the requirement.
                    var open = requirement.Forms.Count == 0 ? !anyConfirmed.Contains((meeting.Id, unitId)) : missing.Count > 0;
                    if (!open) continue;
                    var due = requirement.Due!.Value;
                    if (byUnit.TryGetValue(unitId, out var entry))
                    {
                        entry.Missing.AddRange(missing.Where(f => !entry.Missing.Contains(f)));
                        byUnit[unitId] = (entry.Due < due ? entry.Due : due, entry.Missing);
                    }
                    else byUnit[unitId] = (due, missing);
                }
            }
            gaps.AddRange(byUnit.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new RelayGap(meeting, kv.Key, kv.Value.Due, kv.Value.Missing)));
        }
        return gaps;
    }

    private ReminderDue Digest(DateOnly today, List<Assignment> owed, List<RelayGap> relay, ReminderRecipients recipients, Dictionary<string, Unit> units)
    {
        var counts = new Dictionary<string, (int Overdue, int DueSoon, int Relay)>(StringComparer.Ordinal);
        foreach (var a in owed)
        {
            var c = counts.GetValueOrDefault(a.UnitId);
            if (a.Due < today) c.Overdue++;
            else if (_calendar.WorkingDaysBetween(today, a.Due!.Value) <= _options.ApproachingDays) c.DueSoon++;
            counts[a.UnitId] = c;
        }
        foreach (var gap in relay)
        {
            var c = counts.GetValueOrDefault(gap.UnitId);
            c.Relay++;
            counts[gap.UnitId] = c;
        }
        var lines = counts
            .Where(kv => kv.Value != default)
            .Select(kv => new DigestLine(kv.Key, units.GetValueOrDefault(kv.Key)?.Name ?? kv.Key, kv.Value.Overdue, kv.Value.DueSoon, kv.Value.Relay))
            .OrderByDescending(l => l.Overdue).ThenByDescending(l => l.RelayOutstanding).ThenByDescending(l => l.DueSoon)
            .ThenBy(l => l.UnitName, StringComparer.Ordinal)
            .ToList();
        return Make(ReminderKind.Digest, "office", "daily", today, today, recipients.WithoutPaused(recipients.Office())) with { Digest = lines };
    }

    private static ReminderDue Make(ReminderKind kind, string entityId, string stage, DateOnly keyDay, DateOnly today, IReadOnlyList<string> to) => new()
    {
        Key = KeyFor(kind, entityId, stage, keyDay),
        Kind = kind,
        Day = today,
        RecipientMemberIds = to,
    };

    /// <summary>"{kind}:{entityId}:{stage}:{yyyy-MM-dd}", kind in lower case.</summary>
    public static string KeyFor(ReminderKind kind, string entityId, string stage, DateOnly day) =>
        $"{kind.ToString().ToLowerInvariant()}:{entityId}:{stage}:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
