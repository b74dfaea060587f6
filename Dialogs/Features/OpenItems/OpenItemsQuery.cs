using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.OpenItems;

/// <summary>
/// The items a member may see, scoped by role: their own (staff), their unit's (head, deputy,
/// liaison), their portfolio's (leader), everything (office); filtered, most urgent first.
/// </summary>
public sealed class OpenItemsQuery(IStore store)
{
    private static readonly AssignmentStatus[] OpenStatuses = Enum.GetValues<AssignmentStatus>().Where(s => s != AssignmentStatus.Closed).ToArray();

    public sealed class Item(ItemRow row, TrafficLight light, string unitName, IStore store)
    {
        private Assignment? _assignment;
        public ItemRow Row { get; } = row;
        public TrafficLight Light { get; } = light;
        public string UnitName { get; } = unitName;
        /// <summary>The whole item, read when first needed.</summary>
        public Assignment Assignment => _assignment ??= store.Items.Get(Row.Id)!;
    }

    public IReadOnlyList<Item> For(Member member, DateOnly today, int warnDays, OpenItemsFilter? filter = null)
    {
        filter ??= OpenItemsFilter.None;
        var inScope = InScope(member, filter).Where(r => filter.Admits(r.Status));
        if (filter.Unit is { } unit) inScope = inScope.Where(r => r.UnitId == unit.Id);
        if (filter.MeetingIds is { } meetings) inScope = inScope.Where(r => meetings.Contains(r.MeetingId));
        var units = store.Roster.Units().ToDictionary(u => u.Id, u => u.Name);
        var weekEnd = today.AddDays(6 - ((int)today.DayOfWeek + 6) % 7); // Sunday of this week
        return inScope
            .Select(r => new Item(r, TrafficLights.For(r.Due, today, warnDays), units.GetValueOrDefault(r.UnitId, r.UnitId), store))
            .Where(i => filter.Due switch
            {
                DueFilter.Overdue => i.Light == TrafficLight.Red,
                DueFilter.Soon => i.Light == TrafficLight.Yellow,
                DueFilter.ThisWeek => i.Row.Due is { } d && d >= today && d <= weekEnd,
                DueFilter.Today => i.Row.Due == today,
                _ => true,
            })
            .OrderBy(i => i.Light)
            .ThenBy(i => i.Row.Due ?? DateOnly.MaxValue)
            .ThenBy(i => i.Row.Number)
            .ToList();
    }

    /// <summary>Reads only what the member may see, through the indexes (assignee, open items of a unit, status).</summary>
    private IEnumerable<ItemRow> InScope(Member member, OpenItemsFilter filter)
    {
        if (member.IsOffice)
        {
            if (filter.Unit is { } unit) return OfUnit(unit.Id, filter);
            return filter.Status switch
            {
                StatusFilter.Open => store.Items.RowsWithStatus(OpenStatuses),
                StatusFilter.Pending => store.Items.RowsWithStatus([AssignmentStatus.CheckOffRequested]),
                StatusFilter.SentBack => store.Items.RowsWithStatus([AssignmentStatus.SentBack]),
                _ => store.Items.RowsWithStatus([AssignmentStatus.Closed]),
            };
        }

        var found = new Dictionary<string, ItemRow>();
        foreach (var r in store.Items.RowsOfAssignee(member.Id)) found.TryAdd(r.Id, r);
        var units = member.ResponsibleUnitIds().ToHashSet();
        if (member.IsLeader) units.UnionWith(member.Portfolio);
        if (filter.Unit is { } only) units.IntersectWith([only.Id]);
        foreach (var unitId in units)
            foreach (var r in OfUnit(unitId, filter))
                found.TryAdd(r.Id, r);
        // 转派: a unit's head sees what the unit passed down to its sub-units (the tree), not their other items.
        var heads = member.ResponsibleUnitIds().ToHashSet();
        if (heads.Count > 0)
        foreach (var sub in store.Roster.Units().Where(u => u.ParentId is { } up && heads.Contains(up) && !units.Contains(u.Id)))
            if (filter.Unit is null || filter.Unit.Id == sub.Id)
                foreach (var r in OfUnit(sub.Id, filter))
                    if (store.Items.Get(r.Id)?.ParentUnitId == sub.ParentId) found.TryAdd(r.Id, r);
        return found.Values;
    }

    /// <summary>Closed items are only read when the closed ledger is asked for.</summary>
    private IReadOnlyList<ItemRow> OfUnit(string unitId, OpenItemsFilter filter) =>
        store.Items.RowsOfUnit(unitId, withClosed: filter.Status == StatusFilter.Closed);
}
