using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;
using LiteDB;

namespace ChatBot.Dialogs.Features.OpenItems;

/// <summary>
/// The items a member may see, scoped by role: their own (staff), their unit's (head, deputy,
/// liaison), their portfolio's (leader), everything (office); filtered, most urgent first.
/// </summary>
/// <remarks>
/// Ordering needs only a few fields, so those are read as raw documents through the indexes and the
/// full <see cref="Assignment"/> is mapped only for the items a page shows: mapping every document of
/// a unit to objects was most of the turn's time (bench: openitems).
/// </remarks>
public sealed class OpenItemsQuery(TaskStore store)
{
    private static readonly BsonExpression ByAssignee = BsonExpression.Create("$.AssigneeMemberIds[*] ANY = @0");
    private static readonly BsonExpression ByUnit = BsonExpression.Create("$.UnitId = @0");
    private static readonly BsonExpression OpenOfUnit = BsonExpression.Create(TaskStore.OpenUnitKey + " = @0");
    private static readonly BsonExpression ByStatus = BsonExpression.Create("$.Status = @0");
    private static readonly BsonExpression OpenStatuses = BsonExpression.Create(
        "$.Status IN [" + string.Join(",", Enum.GetNames<AssignmentStatus>().Where(n => n != nameof(AssignmentStatus.Closed)).Select(n => $"'{n}'")) + "]");

    /// <summary>What ordering and filtering need of an item.</summary>
    public sealed record Row(string Id, int Number, DateOnly? Due, AssignmentStatus Status, string UnitId, string MeetingId, string Task)
    {
        public bool IsOpen => Status != AssignmentStatus.Closed;
    }

    public sealed class Item(Row row, TrafficLight light, string unitName, TaskStore store)
    {
        private Assignment? _assignment;
        public Row Row { get; } = row;
        public TrafficLight Light { get; } = light;
        public string UnitName { get; } = unitName;
        /// <summary>The whole item, read when first needed.</summary>
        public Assignment Assignment => _assignment ??= store.Assignments.FindById(Row.Id);
    }

    public IReadOnlyList<Item> For(Member member, DateOnly today, int warnDays, OpenItemsFilter? filter = null)
    {
        filter ??= OpenItemsFilter.None;
        var inScope = InScope(member, filter).Where(r => filter.Admits(r.Status));
        if (filter.Unit is { } unit) inScope = inScope.Where(r => r.UnitId == unit.Id);
        if (filter.MeetingIds is { } meetings) inScope = inScope.Where(r => meetings.Contains(r.MeetingId));
        var units = store.Units.FindAll().ToDictionary(u => u.Id, u => u.Name);
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
    private IEnumerable<Row> InScope(Member member, OpenItemsFilter filter)
    {
        if (member.IsOffice)
        {
            if (filter.Unit is { } unit) return OfUnit(unit.Id, filter);
            return filter.Status switch
            {
                StatusFilter.Open => Rows(OpenStatuses),
                StatusFilter.Pending => Rows(ByStatus, new BsonValue(nameof(AssignmentStatus.CheckOffRequested))),
                StatusFilter.SentBack => Rows(ByStatus, new BsonValue(nameof(AssignmentStatus.SentBack))),
                _ => Rows(ByStatus, new BsonValue(nameof(AssignmentStatus.Closed))),
            };
        }

        var found = new Dictionary<string, Row>();
        foreach (var r in Rows(ByAssignee, new BsonValue(member.Id))) found.TryAdd(r.Id, r);
        var units = member.ResponsibleUnitIds().ToHashSet();
        if (member.IsLeader) units.UnionWith(member.Portfolio);
        if (filter.Unit is { } only) units.IntersectWith([only.Id]);
        foreach (var unitId in units)
            foreach (var r in OfUnit(unitId, filter))
                found.TryAdd(r.Id, r);
        return found.Values;
    }

    /// <summary>Closed items are only read when the closed ledger is asked for.</summary>
    private IEnumerable<Row> OfUnit(string unitId, OpenItemsFilter filter) =>
        filter.Status == StatusFilter.Closed ? Rows(ByUnit, new BsonValue(unitId)) : Rows(OpenOfUnit, new BsonValue(unitId));

    private IEnumerable<Row> Rows(BsonExpression where, params BsonValue[] args)
    {
        if (args.Length > 0) where = BsonExpression.Create(where.Source, args);
        // Whole raw documents: LiteDB's field projection measured slower than reading them whole.
        return store.Collection<BsonDocument>("assignments").Find(where).Select(ToRow);
    }

    private static Row ToRow(BsonDocument d) => new(
        d["_id"].AsString,
        d["Number"].AsInt32,
        d["Due"].IsString ? DateOnly.ParseExact(d["Due"].AsString, "yyyy-MM-dd") : null,
        Enum.TryParse<AssignmentStatus>(d["Status"].AsString, out var s) ? s : AssignmentStatus.Dispatched,
        d["UnitId"].IsString ? d["UnitId"].AsString : "",
        d["MeetingId"].IsString ? d["MeetingId"].AsString : "",
        d["Task"].IsString ? d["Task"].AsString : "");
}
