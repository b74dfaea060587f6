using System.Globalization;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Cadence;
using ChatBot.Dialogs.Features.Snooze;
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
            // A pending extension request holds the item's overdue reminders until it is decided.
            due.AddRange(ForAssignment(assignment, today, recipients, units)
                .Where(d => d.Kind is not (ReminderKind.Overdue or ReminderKind.Escalation) || !snapshot.PendingExtensions.Contains(assignment.Id)));
        foreach (var gap in relay)
            if (ChaseDay(gap, today) is { } chase)
                due.Add(Chase(chase, gap, recipients, units));
        var owedById = owed.ToDictionary(a => a.Id);
        due.AddRange(ReportAsks(snapshot, today, owedById, recipients, units));
        if (TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime) >= _options.DigestTime)
            due.Add(Digest(today, owed, relay, recipients, units, ReportsOverdue(snapshot, today, owedById)));

        // What a run-out 稍后提醒 brings back: the subject as it stands now, whatever today's cadence.
        ReminderDue? Current(string subject)
        {
            if (ReminderSubjects.RelayOf(subject) is { } r)
                return relay.FirstOrDefault(g => g.Meeting.Id == r.Meeting && g.UnitId == r.Unit) is { } gap
                    ? Chase(Make(ReminderKind.RelayChase, gap.Meeting.Id, gap.UnitId, today, today, []) with
                    {
                        Meeting = gap.Meeting, Due = gap.Due, DaysOverdue = today.DayNumber - gap.Due.DayNumber,
                        WorkingDaysOverdue = _calendar.WorkingDaysBetween(gap.Due, today), MissingForms = gap.MissingForms,
                    }, gap, recipients, units)
                    : null;
            if (ReminderSubjects.AssignmentOf(subject) is not { } id || !owedById.TryGetValue(id, out var a)) return null;
            if (subject.StartsWith("ask:", StringComparison.Ordinal))
                return snapshot.Asks.FirstOrDefault(x => ReminderSubjects.Ask(x.Id) == subject && x.AnsweredAt is null) is { } ask
                    && snapshot.Cadences.FirstOrDefault(c => c.Id == a.Id) is { } cadence
                    ? Ask(a, ask.Due, cadence, recipients, units)
                    : null;
            var stages = ForAssignment(a, today, recipients, units, everyDay: true).ToList();
            return subject.StartsWith("escalation:", StringComparison.Ordinal)
                ? stages.FirstOrDefault(d => d.Kind == ReminderKind.Escalation)
                : stages.FirstOrDefault(d => d.Kind != ReminderKind.Escalation);
        }

        due = new ReminderNoise(snapshot, now, today, TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime), _options, LocalDay, recipients)
            .Shape(due, Current);

        return due
            .Where(d => (d.RecipientMemberIds.Count > 0 || d.Held.Count > 0) && !snapshot.SentKeys.Contains(d.Key))
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

    private IEnumerable<ReminderDue> ForAssignment(Assignment a, DateOnly today, ReminderRecipients recipients, Dictionary<string, Unit> units, bool everyDay = false)
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
                yield return Make(ReminderKind.DueToday, a.Id, "due", deadline, today, recipients.WithoutPaused(owners)) with { Assignment = a, Unit = unit, Due = deadline, Subject = ReminderSubjects.Item(a.Id) };
            else if (left <= _options.ApproachingDays || everyDay)
                // Keyed on the deadline, not today: one yellow reminder per deadline, sent on the
                // first working moment inside the window (so an item created late still gets one).
                yield return Make(ReminderKind.Approaching, a.Id, "yellow", deadline, today, recipients.WithoutPaused(owners)) with { Assignment = a, Unit = unit, Due = deadline, Subject = ReminderSubjects.Item(a.Id) };
            yield break;
        }

        var late = _calendar.WorkingDaysBetween(deadline, today);
        var days = today.DayNumber - deadline.DayNumber;
        if ((late - 1) % _options.OverdueCadenceDays == 0 || everyDay)
            yield return Make(ReminderKind.Overdue, a.Id, $"d{late}", today, today, recipients.WithoutPaused(owners))
                with { Assignment = a, Unit = unit, Due = deadline, DaysOverdue = days, WorkingDaysOverdue = late, Subject = ReminderSubjects.Item(a.Id) };
        if (late >= _options.EscalateAfterDays && ((late - _options.EscalateAfterDays) % _options.OverdueCadenceDays == 0 || everyDay))
            yield return Make(ReminderKind.Escalation, a.Id, $"d{late}", today, today, recipients.ForEscalation(a))
                with { Assignment = a, Unit = unit, Due = deadline, DaysOverdue = days, WorkingDaysOverdue = late, Subject = ReminderSubjects.Escalation(a.Id) };
    }

    private ReminderDue? ChaseDay(RelayGap gap, DateOnly today)
    {
        var late = _calendar.WorkingDaysBetween(gap.Due, today);
        if ((late - 1) % _options.RelayChaseCadenceDays != 0) return null;
        return Make(ReminderKind.RelayChase, gap.Meeting.Id, gap.UnitId, today, today, [])
            with { Meeting = gap.Meeting, Due = gap.Due, DaysOverdue = today.DayNumber - gap.Due.DayNumber, WorkingDaysOverdue = late, MissingForms = gap.MissingForms };
    }

    private static ReminderDue Chase(ReminderDue chase, RelayGap gap, ReminderRecipients recipients, Dictionary<string, Unit> units) =>
        chase with
        {
            RecipientMemberIds = recipients.WithoutPaused(recipients.ForUnit(gap.UnitId)), Unit = units.GetValueOrDefault(gap.UnitId),
            Subject = ReminderSubjects.Relay(gap.Meeting.Id, gap.UnitId),
        };

    /// <summary>报送进展: on an item's report day its owners are asked once, unless that report was already given.</summary>
    private IEnumerable<ReminderDue> ReportAsks(ReminderSnapshot snapshot, DateOnly today, Dictionary<string, Assignment> owed, ReminderRecipients recipients, Dictionary<string, Unit> units)
    {
        foreach (var cadence in snapshot.Cadences)
        {
            if (!owed.TryGetValue(cadence.Id, out var a)) continue;
            if (!cadence.Rule.IsReportDay(today, cadence.MeetingDay, _calendar)) continue;
            var id = ReportAsk.IdFor(a.Id, today);
            if (snapshot.Asks.Any(x => x.Id == id && x.AnsweredAt is not null)) continue;
            yield return Ask(a, today, cadence, recipients, units);
        }
    }

    private ReminderDue Ask(Assignment a, DateOnly reportDay, ReportCadence cadence, ReminderRecipients recipients, Dictionary<string, Unit> units)
    {
        var id = ReportAsk.IdFor(a.Id, reportDay);
        return Make(ReminderKind.ReportAsk, a.Id, "ask", reportDay, reportDay, recipients.WithoutPaused(recipients.ForAssignment(a))) with
        {
            Assignment = a, Unit = units.GetValueOrDefault(a.UnitId), Due = reportDay, AskId = id, Cadence = cadence.Rule, Subject = ReminderSubjects.Ask(id),
        };
    }

    /// <summary>Asks past their report day with no answer and no progress report since: 报送逾期, by unit.</summary>
    private static Dictionary<string, int> ReportsOverdue(ReminderSnapshot snapshot, DateOnly today, Dictionary<string, Assignment> owed)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ask in snapshot.Asks.Where(x => x.AnsweredAt is null && x.Due < today).DistinctBy(x => x.Id))
        {
            if (!owed.TryGetValue(ask.AssignmentId, out var a)) continue;
            if (snapshot.LastReportAt.TryGetValue(a.Id, out var reported) && reported >= ask.AskedAt) continue;
            counts[a.UnitId] = counts.GetValueOrDefault(a.UnitId) + 1;
        }
        return counts;
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

    private ReminderDue Digest(DateOnly today, List<Assignment> owed, List<RelayGap> relay, ReminderRecipients recipients, Dictionary<string, Unit> units,
        Dictionary<string, int> reportsOverdue)
    {
        var counts = new Dictionary<string, (int Overdue, int DueSoon, int Relay)>(StringComparer.Ordinal);
        foreach (var unitId in reportsOverdue.Keys) counts.TryAdd(unitId, default);
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
            .Where(kv => kv.Value != default || reportsOverdue.ContainsKey(kv.Key))
            .Select(kv => new DigestLine(kv.Key, units.GetValueOrDefault(kv.Key)?.Name ?? kv.Key, kv.Value.Overdue, kv.Value.DueSoon, kv.Value.Relay,
                reportsOverdue.GetValueOrDefault(kv.Key)))
            .OrderByDescending(l => l.Overdue).ThenByDescending(l => l.ReportsOverdue).ThenByDescending(l => l.RelayOutstanding).ThenByDescending(l => l.DueSoon)
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
