using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage.PostgreSql;

/// <remarks>我的待办 reads its rows from the indexed columns only; the documents are read for the items a page shows.</remarks>
internal sealed class PgItems(PostgreSqlStore store) : IItemRepository
{
    private const string NotClosed = "status <> 'Closed'";
    private readonly PgDocuments<Assignment> _items = store.Documents(PgTables.Assignments);
    private readonly PgDocuments<Directive> _directives = store.Documents(PgTables.Directives);
    private readonly PgDocuments<ProgressReport> _reports = store.Documents(PgTables.ProgressReports);

    public Assignment? Get(string id) => _items.Get(id);
    public Assignment? ByNumber(int number) => _items.First("number = $1", number);
    public IReadOnlyList<Assignment> OfMeeting(string meetingId) => _items.Where("meeting_id = $1", meetingId);
    public IReadOnlyList<Assignment> OfMeetingAndUnit(string meetingId, string unitId) =>
        _items.Query("WHERE meeting_id = $1 AND unit_id = $2 ORDER BY number", meetingId, unitId);
    public IReadOnlyList<Assignment> OpenOfUnit(string unitId) => _items.Query($"WHERE unit_id = $1 AND {NotClosed} ORDER BY number", unitId);
    public IReadOnlyList<Assignment> OfAssignee(string memberId) => _items.Query("WHERE assignees @> ARRAY[$1::text] ORDER BY number", memberId);
    public IReadOnlyList<Assignment> Open() => _items.Where(NotClosed);
    public IReadOnlyList<Assignment> OpenDueBetween(DateOnly from, DateOnly to) =>
        _items.Query($"WHERE due BETWEEN $1 AND $2 AND {NotClosed} ORDER BY due, number", from, to);
    public void Add(Assignment assignment) => _items.Insert(assignment);
    public void Update(Assignment assignment) => _items.Update(assignment);

    public IReadOnlyList<ItemRow> RowsOfAssignee(string memberId) => Rows("assignees @> ARRAY[$1::text]", memberId);
    public IReadOnlyList<ItemRow> RowsOfUnit(string unitId, bool withClosed) => Rows(withClosed ? "unit_id = $1" : $"unit_id = $1 AND {NotClosed}", unitId);
    public IReadOnlyList<ItemRow> RowsWithStatus(IReadOnlyCollection<AssignmentStatus> statuses) =>
        Rows("status = ANY($1)", (object)statuses.Select(s => s.ToString()).ToArray());

    private List<ItemRow> Rows(string where, params object?[] args) =>
        store.Run(c =>
        {
            using var command = PgSql.Command(c, $"SELECT id, number, due, status, unit_id, meeting_id, task FROM assignments WHERE {where} ORDER BY number", args);
            return PgSql.Read(command, r => new ItemRow(
                r.GetString(0),
                r.GetInt32(1),
                r.IsDBNull(2) ? null : r.GetFieldValue<DateOnly>(2),
                Enum.TryParse<AssignmentStatus>(r.GetString(3), out var s) ? s : AssignmentStatus.Dispatched,
                r.IsDBNull(4) ? "" : r.GetString(4),
                r.IsDBNull(5) ? "" : r.GetString(5),
                r.IsDBNull(6) ? "" : r.GetString(6)));
        });

    public Directive? Directive(string id) => _directives.Get(id);
    public IReadOnlyList<Directive> DirectivesOf(string meetingId) => _directives.Query("WHERE meeting_id = $1 ORDER BY number", meetingId);
    public void AddDirective(Directive directive) => _directives.Insert(directive);

    public ProgressReport? Report(string id) => _reports.Get(id);
    public IReadOnlyList<ProgressReport> ReportsOf(string assignmentId) => _reports.Query("WHERE assignment_id = $1 ORDER BY reported_at, id", assignmentId);
    public void AddReport(ProgressReport report) => _reports.Insert(report);
}
