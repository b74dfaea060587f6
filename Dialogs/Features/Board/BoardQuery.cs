using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Ledger;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Board;

/// <summary>
/// The board tab's data, read from the store only. Items are 我的待办's (<see cref="OpenItemsQuery"/>: the
/// same role scope, the same lights); relay duties are the relay board's (<see cref="RelayBoard"/>), scoped as
/// 传达情况 in chat is: the office and leaders every unit, a unit's head, deputy or liaison their own units.
/// </summary>
public sealed class BoardQuery(IStore store, BureauClock clock, int warnDays)
{
    public BoardView For(Member member, Lang lang, BoardFilter filter)
    {
        var today = clock.Today;
        var units = store.Roster.Units().ToList();
        var unitNames = units.ToDictionary(u => u.Id, u => u.Name);
        var leaders = store.Roster.MembersWith(BureauRole.Leader).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();

        // Narrowing to a unit or a leader's portfolio: an id not on the roster narrows to nothing.
        IReadOnlySet<string>? narrowTo = null;
        if (filter.UnitId is { } unitId) narrowTo = new HashSet<string>([unitId]);
        if (filter.LeaderId is { } leaderId)
        {
            var portfolio = leaders.FirstOrDefault(l => l.Id == leaderId)?.Portfolio.ToHashSet() ?? [];
            narrowTo = narrowTo is null ? portfolio : narrowTo.Intersect(portfolio).ToHashSet();
        }

        var openItemsFilter = filter.ForOpenItems();
        if (filter.UnitId is { } only && store.Roster.Unit(only) is { } unit) openItemsFilter = openItemsFilter with { Unit = unit };
        var items = new OpenItemsQuery(store).For(member, today, warnDays, openItemsFilter)
            .Where(i => narrowTo?.Contains(i.Row.UnitId) ?? true)
            .ToList();

        var relayBoard = new RelayBoard(store);
        var seesAllRelay = member.IsOffice || member.IsLeader;
        var ownUnits = member.ResponsibleUnitIds().ToHashSet();
        bool RelayVisible(string id) => (seesAllRelay || ownUnits.Contains(id)) && (narrowTo?.Contains(id) ?? true);

        var meetings = new List<BoardMeeting>();
        var byMeeting = items.GroupBy(i => i.Row.MeetingId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var meeting in Meetings())
        {
            var rows = byMeeting.GetValueOrDefault(meeting.Id) ?? [];
            // Relay duties belong on the board of open work; a closed-items view lists only what was closed.
            var relay = filter.State == BoardFilter.States.Open
                ? relayBoard.UnitsOf(meeting).Where(u => RelayVisible(u.Id)).Select(u => relayBoard.State(meeting, u, today)).ToList()
                : [];
            if (rows.Count == 0 && relay.Count == 0) continue;
            meetings.Add(Meeting(meeting, rows, relay, relayBoard, unitNames, lang, today));
        }

        var visibleUnits = member.IsOffice
            ? units.Select(u => u.Id).ToHashSet()
            : ScopeUnits(member);
        var choices = new BoardChoices(
            units.Where(u => visibleUnits.Contains(u.Id)).Select(u => new BoardChoice(u.Id, u.Name)).ToList(),
            leaders.Where(l => member.IsOffice || l.Portfolio.Any(visibleUnits.Contains)).Select(l => new BoardChoice(l.Id, l.Name)).ToList(),
            BoardFilter.States.All.Select(s => new BoardChoice(s, BoardTexts.State(lang, s))).ToList());
        var allRows = meetings.SelectMany(m => m.Directives).SelectMany(d => d.Units);
        return new BoardView(member.Name, BoardTexts.Scope(lang, member), today, filter, BoardCounts.Of(allRows), meetings, choices, BoardTexts.Page(lang));
    }

    /// <summary>Dispatched meetings, the latest first, then closed ones (which only show when an item of theirs does).</summary>
    private IEnumerable<Meeting> Meetings() =>
        store.Meetings.WithStatus(MeetingStatus.Dispatched).Concat(store.Meetings.WithStatus(MeetingStatus.Closed))
            .OrderBy(m => m.Status).ThenByDescending(m => m.DispatchedAt ?? m.CreatedAt).ThenBy(m => m.Id, StringComparer.Ordinal);

    private BoardMeeting Meeting(Meeting meeting, List<OpenItemsQuery.Item> items, List<RelayUnitState> relay, RelayBoard relayBoard,
        IReadOnlyDictionary<string, string> unitNames, Lang lang, DateOnly today)
    {
        // A row's relay state: the one already read for the meeting's relay line, else read once per unit.
        var relayOf = relay.ToDictionary(r => r.Unit.Id, r => (RelayState?)r.State);
        RelayState? RelayOf(string unitId)
        {
            if (relayOf.TryGetValue(unitId, out var known)) return known;
            var state = relayBoard.Requires(meeting, unitId) && store.Roster.Unit(unitId) is { } u ? relayBoard.State(meeting, u, today).State : (RelayState?)null;
            return relayOf[unitId] = state;
        }

        // One read of the meeting's items rather than one per row.
        var whole = store.Items.OfMeeting(meeting.Id).ToDictionary(a => a.Id);
        Assignment Whole(OpenItemsQuery.Item i) => whole.GetValueOrDefault(i.Row.Id) ?? i.Assignment;
        var directives = items
            .GroupBy(i => Whole(i).DirectiveId)
            .Select(g => g.OrderBy(i => Whole(i).Role).ThenBy(i => i.Row.Number).ToList())
            .OrderBy(g => g[0].Row.Number)
            .Select(g => new BoardDirective(g[0].Row.Task, g.Select(i =>
            {
                var a = Whole(i);
                var light = a.IsOpen ? i.Light : (TrafficLight?)null;
                var state = RelayOf(a.UnitId);
                return new BoardRow(a.Number, i.UnitName, RelayTexts.Role(lang, a.Role), a.Status.ToString(), ItemTexts.Status(lang, a.Status),
                    a.Due, a.Due is { } d ? RelayTexts.Date(lang, d) : BoardTexts.NoDate(lang, a.DeadlineText),
                    light, LedgerTexts.Light(lang, light), state, LedgerTexts.Relay(lang, state));
            }).ToList()))
            .ToList();
        var relayRows = relay.Select(s => new BoardRelay(s.Unit.Name, s.State, LedgerTexts.Relay(lang, s.State), s.Due is { } d ? RelayTexts.Date(lang, d) : null)).ToList();
        return new BoardMeeting(meeting.Id, meeting.Title, meeting.Date is { } day ? ItemTexts.Date(lang, day) : null,
            meeting.DispatchNumber is { } n ? BoardTexts.DispatchNumber(lang, meeting.DispatchYear, n) : null,
            BoardCounts.Of(directives.SelectMany(d => d.Units)), directives, relayRows, relay.Count(s => s.State == RelayState.Relayed));
    }

    /// <summary>The units a non-office member's filters may offer, whatever is chosen now: their role's units (as the ledger's) and those of their own items.</summary>
    private HashSet<string> ScopeUnits(Member member)
    {
        var scope = LedgerAccess.Units(member)!.ToHashSet();
        scope.UnionWith(store.Items.RowsOfAssignee(member.Id).Select(r => r.UnitId));
        return scope;
    }
}
