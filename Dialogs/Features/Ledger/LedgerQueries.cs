using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Ledger;

/// <summary>
/// Everything the ledger reads from the store, and nothing else reads it for the ledger: meetings,
/// their items, the roster's names and leaders, the latest progress, the check-off date from the audit
/// trail, and the relay board. One row per directive and lead unit (a directive with no lead: per
/// owner unit), ordered by meeting and item number, so the same store gives the same workbook.
/// </summary>
public sealed class LedgerQueries(IStore store, BureauClock clock, int warnDays)
{
    public LedgerData Read(LedgerScope scope)
    {
        var today = clock.Today;
        var units = store.Roster.Units().ToDictionary(u => u.Id, u => u.Name);
        var leadersOf = LeadersByUnit();
        var board = new RelayBoard(store);
        var rows = new List<LedgerRow>();
        var meetings = new List<LedgerMeeting>();
        foreach (var (meeting, day) in Meetings(scope))
        {
            var items = store.Items.OfMeeting(meeting.Id).ToList();
            var relay = board.States(meeting, today);
            var relayOf = relay.ToDictionary(s => s.Unit.Id, s => s.State);
            // The relay sheet shows the units the ledger is about, and never a unit the reader may not see.
            relay = relay.Where(s => (scope.UnitIds?.Contains(s.Unit.Id) ?? true) && (scope.VisibleUnitIds?.Contains(s.Unit.Id) ?? true)).ToList();
            var meetingRows = new List<LedgerRow>();
            foreach (var directive in items.GroupBy(a => a.DirectiveId))
            {
                var owners = directive.ToList();
                var lead = owners.Where(a => a.Role == AssignmentRole.Lead).ToList();
                var assisting = owners.Where(a => a.Role == AssignmentRole.Assisting).ToList();
                if (scope.UnitIds is { } wanted && !owners.Any(a => wanted.Contains(a.UnitId))) continue;
                if (scope.VisibleUnitIds is { } visible && !owners.Any(a => visible.Contains(a.UnitId))) continue;
                var leadNames = Names(lead, units);
                var assistingNames = Names(assisting, units);
                foreach (var a in lead.Count > 0 ? lead : assisting)
                {
                    if (!a.IsOpen && !scope.ListsClosed) continue;
                    meetingRows.Add(Row(meeting, a, leadNames, assistingNames, leadersOf, relayOf, today));
                }
            }
            if (meetingRows.Count == 0 && scope.MeetingIds is null) continue;
            rows.AddRange(meetingRows.OrderBy(r => r.Number));
            meetings.Add(new LedgerMeeting(meeting, day, relay));
        }
        return new LedgerData(rows, meetings, today, clock.Zone);
    }

    /// <summary>Dispatched and closed meetings in the scope, oldest first (drafts and cancelled ones are no ledger's business).</summary>
    private IEnumerable<(Meeting Meeting, DateOnly Day)> Meetings(LedgerScope scope)
    {
        var candidates = scope.MeetingIds is { } ids
            ? ids.Select(id => store.Meetings.Get(id)).OfType<Meeting>()
            : store.Meetings.WithStatus(MeetingStatus.Dispatched).Concat(store.Meetings.WithStatus(MeetingStatus.Closed));
        return candidates
            .Where(m => m.Status is MeetingStatus.Dispatched or MeetingStatus.Closed)
            .Select(m => (Meeting: m, Day: DayOf(m)))
            .Where(x => scope.AdmitsMeetingDay(x.Day))
            .OrderBy(x => x.Day).ThenBy(x => x.Meeting.DispatchedAt ?? x.Meeting.CreatedAt).ThenBy(x => x.Meeting.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The day a meeting is filed under: its own date, else the day it was dispatched.</summary>
    public DateOnly DayOf(Meeting m) =>
        m.Date ?? DateOnly.FromDateTime(clock.ToLocal(m.DispatchedAt ?? m.CreatedAt).DateTime);

    private LedgerRow Row(Meeting meeting, Assignment a, string lead, string assisting, IReadOnlyDictionary<string, List<string>> leadersOf,
        IReadOnlyDictionary<string, RelayState> relayOf, DateOnly today)
    {
        var progress = store.Items.ReportsOf(a.Id).OrderByDescending(p => p.ReportedAt).FirstOrDefault();
        DateOnly? closedOn = null;
        if (!a.IsOpen)
        {
            var approved = store.Audit.For(a.Id).Where(e => e.Action == AuditActions.CheckOffApprove)
                .OrderByDescending(e => e.Seq).FirstOrDefault();
            if (approved is not null) closedOn = DateOnly.FromDateTime(clock.ToLocal(approved.At).DateTime);
        }
        return new LedgerRow(
            a.Number, meeting.Id, meeting.Title, a.Task, lead, assisting,
            string.Join("、", leadersOf.GetValueOrDefault(a.UnitId) ?? []),
            a.Due, a.DeadlineText, a.Status,
            a.IsOpen ? TrafficLights.For(a.Due, today, warnDays) : null,
            progress?.Text, progress is null ? null : DateOnly.FromDateTime(clock.ToLocal(progress.ReportedAt).DateTime),
            relayOf.TryGetValue(a.UnitId, out var relay) ? relay : null,
            closedOn);
    }

    private static string Names(IEnumerable<Assignment> owners, IReadOnlyDictionary<string, string> units) =>
        string.Join("、", owners.Select(a => a.UnitId).Distinct().Select(id => units.GetValueOrDefault(id, id)));

    /// <summary>分管领导 per unit, from the leaders' portfolios on the roster.</summary>
    private Dictionary<string, List<string>> LeadersByUnit()
    {
        var byUnit = new Dictionary<string, List<string>>();
        foreach (var leader in store.Roster.MembersWith(BureauRole.Leader).OrderBy(m => m.Name, StringComparer.Ordinal))
            foreach (var unitId in leader.Portfolio.Distinct())
                (byUnit.TryGetValue(unitId, out var list) ? list : byUnit[unitId] = []).Add(leader.Name);
        return byUnit;
    }

    // --- what a request names, resolved against the store ---

    public Unit? FindUnit(string name)
    {
        var n = name.Trim();
        return store.Roster.Units().FirstOrDefault(u => u.AllNames().Any(x => string.Equals(x, n, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>A dispatched or closed meeting whose title holds the words, the latest first.</summary>
    public Meeting? FindMeeting(string words)
    {
        var w = words.Trim();
        return store.Meetings.All()
            .Where(m => m.Status is MeetingStatus.Dispatched or MeetingStatus.Closed && m.Title.Contains(w, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(m => m.DispatchedAt ?? m.CreatedAt).FirstOrDefault();
    }

    public Meeting? MeetingById(string id) => store.Meetings.Get(id) is { Status: MeetingStatus.Dispatched or MeetingStatus.Closed } m ? m : null;

    /// <summary>"This meeting": the latest dispatched from this conversation, else the latest dispatched anywhere.</summary>
    public Meeting? CurrentMeeting(string conversationId)
    {
        var dispatched = store.Meetings.WithStatus(MeetingStatus.Dispatched).OrderByDescending(m => m.DispatchedAt ?? m.CreatedAt).ToList();
        return dispatched.FirstOrDefault(m => m.ChannelConversationId == conversationId) ?? dispatched.FirstOrDefault();
    }
}
