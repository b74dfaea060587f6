using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.OpenItems;

/// <summary>Which window of deadlines the user asked about.</summary>
public enum DueFilter
{
    Any = 0,
    Overdue = 1,
    Soon = 2,
    ThisWeek = 3,
}

/// <summary>
/// The open items a member may see, scoped by role: their own (staff), their unit's (head, deputy,
/// liaison), their portfolio's (leader), everything (office); most urgent first.
/// </summary>
public sealed class OpenItemsQuery(TaskStore store)
{
    public sealed record Item(Assignment Assignment, TrafficLight Light, string UnitName);

    public IReadOnlyList<Item> For(Member member, DateOnly today, int warnDays, DueFilter due = DueFilter.Any, string? unitId = null)
    {
        var open = OpenAssignmentsInScope(member);
        if (unitId is not null) open = open.Where(a => a.UnitId == unitId);
        var units = store.Units.FindAll().ToDictionary(u => u.Id, u => u.Name);
        var weekEnd = today.AddDays(7 - ((int)today.DayOfWeek + 6) % 7 - 1);
        return open
            .Select(a => new Item(a, TrafficLights.For(a.Due, today, warnDays), units.GetValueOrDefault(a.UnitId, a.UnitId)))
            .Where(i => due switch
            {
                DueFilter.Overdue => i.Light == TrafficLight.Red,
                DueFilter.Soon => i.Light == TrafficLight.Yellow,
                DueFilter.ThisWeek => i.Assignment.Due is { } d && d >= today && d <= weekEnd,
                _ => true,
            })
            .OrderBy(i => i.Light)
            .ThenBy(i => i.Assignment.Due ?? DateOnly.MaxValue)
            .ThenBy(i => i.Assignment.Number)
            .ToList();
    }

    private IEnumerable<Assignment> OpenAssignmentsInScope(Member member)
    {
        var col = store.Assignments;
        if (member.IsOffice) return col.Find(a => a.Status != AssignmentStatus.Closed);

        var found = new Dictionary<string, Assignment>();
        void Add(IEnumerable<Assignment> items)
        {
            foreach (var a in items.Where(a => a.Status != AssignmentStatus.Closed)) found.TryAdd(a.Id, a);
        }
        Add(col.Find(LiteDB.BsonExpression.Create("$.AssigneeMemberIds[*] ANY = @0", new LiteDB.BsonValue(member.Id))));
        var units = member.ResponsibleUnitIds().ToHashSet();
        if (member.IsLeader) units.UnionWith(member.Portfolio);
        foreach (var unitId in units) Add(col.Find(a => a.UnitId == unitId));
        return found.Values;
    }
}
