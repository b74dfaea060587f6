using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;
using LiteDB;

namespace ChatBot.Dialogs.Features.OpenItems;

/// <summary>
/// The items a member may see, scoped by role: their own (staff), their unit's (head, deputy,
/// liaison), their portfolio's (leader), everything (office); filtered, most urgent first.
/// </summary>
public sealed class OpenItemsQuery(TaskStore store)
{
    public sealed record Item(Assignment Assignment, TrafficLight Light, string UnitName);

    public IReadOnlyList<Item> For(Member member, DateOnly today, int warnDays, OpenItemsFilter? filter = null)
    {
        filter ??= OpenItemsFilter.None;
        var inScope = InScope(member, filter).Where(a => filter.Admits(a.Status));
        if (filter.Unit is { } unit) inScope = inScope.Where(a => a.UnitId == unit.Id);
        if (filter.MeetingIds is { } meetings) inScope = inScope.Where(a => meetings.Contains(a.MeetingId));
        var units = UnitNames();
        var weekEnd = today.AddDays(6 - ((int)today.DayOfWeek + 6) % 7); // Sunday of this week
        return inScope
            .Select(a => new Item(a, TrafficLights.For(a.Due, today, warnDays), units.GetValueOrDefault(a.UnitId, a.UnitId)))
            .Where(i => filter.Due switch
            {
                DueFilter.Overdue => i.Light == TrafficLight.Red,
                DueFilter.Soon => i.Light == TrafficLight.Yellow,
                DueFilter.ThisWeek => i.Assignment.Due is { } d && d >= today && d <= weekEnd,
                DueFilter.Today => i.Assignment.Due == today,
                _ => true,
            })
            .OrderBy(i => i.Light)
            .ThenBy(i => i.Assignment.Due ?? DateOnly.MaxValue)
            .ThenBy(i => i.Assignment.Number)
            .ToList();
    }

    private Dictionary<string, string> UnitNames() => store.Units.FindAll().ToDictionary(u => u.Id, u => u.Name);

    /// <summary>Reads only what the member may see, through the indexes (assignee, unit); the office reads the open set.</summary>
    private IEnumerable<Assignment> InScope(Member member, OpenItemsFilter filter)
    {
        var col = store.Assignments;
        if (member.IsOffice)
        {
            if (filter.Unit is { } unit) return col.Find(a => a.UnitId == unit.Id);
            return filter.Status switch
            {
                StatusFilter.Pending => col.Find(a => a.Status == AssignmentStatus.CheckOffRequested),
                StatusFilter.SentBack => col.Find(a => a.Status == AssignmentStatus.SentBack),
                StatusFilter.Closed => col.Find(a => a.Status == AssignmentStatus.Closed),
                _ => col.Find(a => a.Status != AssignmentStatus.Closed),
            };
        }

        var found = new Dictionary<string, Assignment>();
        void Add(IEnumerable<Assignment> items)
        {
            foreach (var a in items) found.TryAdd(a.Id, a);
        }
        Add(col.Find(BsonExpression.Create("$.AssigneeMemberIds[*] ANY = @0", new BsonValue(member.Id))));
        var units = member.ResponsibleUnitIds().ToHashSet();
        if (member.IsLeader) units.UnionWith(member.Portfolio);
        if (filter.Unit is { } only) units.IntersectWith([only.Id]);
        foreach (var unitId in units) Add(col.Find(a => a.UnitId == unitId));
        return found.Values;
    }
}
