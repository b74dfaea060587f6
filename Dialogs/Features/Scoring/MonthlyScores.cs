using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Scoring;

/// <summary>
/// 考评: a month's figures per unit, computed from the store only — items and their deadlines, the audit
/// trail (when each item was checked off, extension requests) and relay confirmations — never from
/// counters kept on the side, so the same data gives the same figures. The reads are in bulk (the
/// month's items, the audit entries since the month began, the relay confirmations of the meetings
/// concerned) and grouped in memory: the cost does not grow with one query per unit.
/// </summary>
public static class MonthlyScores
{
    /// <param name="units">The units in scope (the speaker's, as 我的待办 scopes them); null: every unit.</param>
    public static ScoreSheet Compute(IStoreSession store, ScoringOptions weights, int year, int month, DateOnly today, TimeZoneInfo zone,
        IReadOnlySet<string>? units = null)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var asOf = today < last ? today : last;
        var monthStartUtc = StartUtc(first, zone);
        var asOfEndUtc = StartUtc(asOf.AddDays(1), zone);
        var reads = store.Get<IScoringReads>();

        // The bureau's own units are scored; a sub-unit's work counts through the item it was passed down from.
        var roster = store.Roster.Units().Where(u => u.ParentId is null && (units is null || units.Contains(u.Id))).ToList();
        var inScope = roster.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);

        // The audit entries since the month began, once: check-offs (when an item was closed) and extension requests.
        var audit = reads.AuditSince(monthStartUtc, [AuditActions.CheckOffApprove, AuditActions.ExtensionRequest]);
        var closedAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var extensionItems = new List<string>();
        foreach (var e in audit)
        {
            if (e.EntityType != ItemLifecycle.EntityType) continue;
            if (e.Action == AuditActions.CheckOffApprove) closedAt[e.EntityId] = e.At;
            else if (e.Action == AuditActions.ExtensionRequest && e.At < asOfEndUtc) extensionItems.Add(e.EntityId);
        }

        var due = reads.ItemsDueBetween(first, last).Where(a => !a.PassedDown && inScope.Contains(a.UnitId) && a.CreatedAt < asOfEndUtc).ToList();
        // Overdue on the as-of day: open now, or closed only after it (a past month, counted as it stood then).
        var closedLater = closedAt.Where(p => p.Value >= asOfEndUtc).Select(p => p.Key).ToList();
        var overdue = reads.OpenDueBefore(asOf)
            .Concat(reads.ItemsWithIds(closedLater).Where(a => a.Due < asOf))
            .Where(a => !a.PassedDown && inScope.Contains(a.UnitId) && a.CreatedAt < asOfEndUtc)
            .DistinctBy(a => a.Id).ToList();

        // Extension requests count for the unit that holds the item; the items not read yet are read together.
        var known = due.Concat(overdue).DistinctBy(a => a.Id).ToDictionary(a => a.Id, a => a.UnitId, StringComparer.Ordinal);
        var missing = extensionItems.Where(id => !known.ContainsKey(id)).Distinct().ToList();
        foreach (var a in reads.ItemsWithIds(missing)) known[a.Id] = a.UnitId;
        var extensions = extensionItems.Where(known.ContainsKey).GroupBy(id => known[id]).ToDictionary(g => g.Key, g => g.Count());

        var relay = RelayDuties(store, reads, first, last, asOf, asOfEndUtc, roster);

        var dueByUnit = due.ToLookup(a => a.UnitId);
        var overdueByUnit = overdue.ToLookup(a => a.UnitId);
        var scores = new List<UnitScore>(roster.Count);
        foreach (var unit in roster)
        {
            int onTime = 0, late = 0;
            var daysLate = new List<int>();
            foreach (var a in dueByUnit[unit.Id])
            {
                var deadline = a.Due!.Value;
                DateOnly? closedOn = closedAt.TryGetValue(a.Id, out var at) ? Day(at, zone)
                    // Closed with no check-off since the month began: it was closed before, so before its deadline.
                    : a.Status == AssignmentStatus.Closed ? first.AddDays(-1) : null;
                if (closedOn is { } c && c <= asOf)
                {
                    if (c <= deadline) onTime++;
                    else { late++; daysLate.Add(c.DayNumber - deadline.DayNumber); }
                }
                else if (deadline < asOf) daysLate.Add(asOf.DayNumber - deadline.DayNumber);
            }
            var overdueItems = overdueByUnit[unit.Id].Select(a => a.Number).Order().ToList();
            var (relayDue, relayOnTime, notHeld) = relay.TryGetValue(unit.Id, out var r) ? r : (0, 0, []);
            var figures = new UnitScore(unit.Id, unit.Name, dueByUnit[unit.Id].Count(), onTime, late, overdueItems.Count, overdueItems,
                daysLate.Count == 0 ? null : Math.Round(daysLate.Average(), 1, MidpointRounding.AwayFromZero),
                relayDue, relayOnTime, notHeld, extensions.GetValueOrDefault(unit.Id), 0);
            scores.Add(figures with { Score = Score(figures, weights) });
        }
        return new ScoreSheet(year, month, asOf, Rank(scores));
    }

    /// <summary>The formula in README: rates with nothing owed count as met; never below 0; one decimal.</summary>
    public static double Score(UnitScore u, ScoringOptions w)
    {
        var raw = 100 * (w.OnTimeWeight * (u.OnTimeRate ?? 1) + w.RelayWeight * (u.RelayRate ?? 1))
                  - w.OverduePenalty * u.OverdueNow - w.LateDayPenalty * (u.AverageDaysLate ?? 0) - w.ExtensionPenalty * u.ExtensionRequests;
        return Math.Round(Math.Max(0, raw), 1, MidpointRounding.AwayFromZero);
    }

    public static IReadOnlyList<UnitScore> Rank(IEnumerable<UnitScore> scores) => scores
        .OrderBy(u => u.Due == 0 ? 1 : 0)
        .ThenByDescending(u => u.OnTimeRate ?? -1)
        .ThenByDescending(u => u.Score)
        .ThenBy(u => u.UnitName, StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Relay duties (meeting × unit) whose due day falls in the month, as RelayBoard reads them: the unit's
    /// forms from every requirement naming it (or "*"), due the earliest of their days. On time: every form
    /// (any one, when none is named) held by the due day and confirmed by the as-of day.
    /// </summary>
    private static Dictionary<string, (int Due, int OnTime, IReadOnlyList<RelayNotHeld> NotHeld)> RelayDuties(IStoreSession store, IScoringReads reads,
        DateOnly first, DateOnly last, DateOnly asOf, DateTimeOffset asOfEndUtc, IReadOnlyList<Unit> roster)
    {
        var duties = new List<(Meeting Meeting, string UnitId, IReadOnlyList<string> Forms, DateOnly Due)>();
        foreach (var meeting in store.Meetings.All())
        {
            if (meeting.Status is not (MeetingStatus.Dispatched or MeetingStatus.Closed) || meeting.Relay.Count == 0) continue;
            if (!meeting.Relay.Any(r => r.Due is { } d && d >= first && d <= last)) continue;
            foreach (var unit in roster)
            {
                var applying = meeting.Relay.Where(r => r.UnitIds.Contains("*") || r.UnitIds.Contains(unit.Id)).ToList();
                if (applying.Count == 0) continue;
                var d = applying.Where(r => r.Due is not null).Select(r => r.Due!.Value).DefaultIfEmpty(DateOnly.MaxValue).Min();
                if (d < first || d > last) continue;
                duties.Add((meeting, unit.Id, applying.SelectMany(r => r.Forms).Distinct().ToList(), d));
            }
        }
        var confirmations = reads.ConfirmationsOf(duties.Select(x => x.Meeting.Id).Distinct().ToList())
            .Where(c => c.ConfirmedAt < asOfEndUtc)
            .ToLookup(c => (c.MeetingId, c.UnitId));
        var result = new Dictionary<string, (int, int, IReadOnlyList<RelayNotHeld>)>(StringComparer.Ordinal);
        foreach (var unitDuties in duties.GroupBy(x => x.UnitId))
        {
            int onTime = 0;
            var notHeld = new List<RelayNotHeld>();
            foreach (var (meeting, unitId, forms, dueDay) in unitDuties)
            {
                var held = confirmations[(meeting.Id, unitId)].ToList();
                bool Covered(Func<RelayConfirmation, bool> ok) => forms.Count == 0 ? held.Any(ok) : forms.All(f => held.Any(c => c.Form == f && ok(c)));
                if (Covered(c => c.HeldOn <= dueDay)) onTime++;
                else if (dueDay < asOf && !Covered(_ => true)) notHeld.Add(new RelayNotHeld(meeting.Id, meeting.Title, dueDay));
            }
            result[unitDuties.Key] = (unitDuties.Count(), onTime, notHeld.OrderBy(n => n.Due).ThenBy(n => n.MeetingTitle, StringComparer.Ordinal).ToList());
        }
        return result;
    }

    private static DateTimeOffset StartUtc(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static DateOnly Day(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
