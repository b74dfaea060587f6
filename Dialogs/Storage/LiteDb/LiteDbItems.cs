using ChatBot.Dialogs.Domain;
using LiteDB;

namespace ChatBot.Dialogs.Storage.LiteDb;

/// <remarks>
/// 我的待办 orders items by a few fields, so its rows are read as raw documents through the indexes and
/// the full <see cref="Assignment"/> is mapped only for the items a page shows: mapping every document
/// of a unit to objects was most of the turn's time (bench: openitems).
/// </remarks>
internal sealed class LiteDbItems(LiteDbCollections c) : IItemRepository
{
    private const string ByAssignee = "$.AssigneeMemberIds[*] ANY = @0";
    private const string ByUnit = "$.UnitId = @0";
    private const string OpenOfUnitWhere = LiteDbCollections.OpenUnitKey + " = @0";

    public Assignment? Get(string id) => c.Assignments.FindById(id);
    public Assignment? ByNumber(int number) => c.Assignments.FindOne(a => a.Number == number);
    public IReadOnlyList<Assignment> OfMeeting(string meetingId) => c.Assignments.Find(a => a.MeetingId == meetingId).ToList();

    public IReadOnlyList<Assignment> OfMeetingAndUnit(string meetingId, string unitId) =>
        c.Assignments.Find(a => a.MeetingId == meetingId && a.UnitId == unitId).OrderBy(a => a.Number).ToList();

    public IReadOnlyList<Assignment> OpenOfUnit(string unitId) =>
        c.Assignments.Find(BsonExpression.Create(OpenOfUnitWhere, new BsonValue(unitId))).OrderBy(a => a.Number).ToList();

    public IReadOnlyList<Assignment> OfAssignee(string memberId) =>
        c.Assignments.Find(BsonExpression.Create(ByAssignee, new BsonValue(memberId))).OrderBy(a => a.Number).ToList();

    public IReadOnlyList<Assignment> Open() => c.Assignments.Find(a => a.Status != AssignmentStatus.Closed).ToList();

    public IReadOnlyList<Assignment> OpenDueBetween(DateOnly from, DateOnly to) =>
        c.Assignments.Find(Query.Between(nameof(Assignment.Due), Day(from), Day(to)))
            .Where(a => a.IsOpen).OrderBy(a => a.Due).ThenBy(a => a.Number).ToList();

    public void Add(Assignment assignment) => c.Assignments.Insert(assignment);
    public void Update(Assignment assignment) => c.Assignments.Update(assignment);

    public IReadOnlyList<ItemRow> RowsOfAssignee(string memberId) => Rows(ByAssignee, new BsonValue(memberId));
    public IReadOnlyList<ItemRow> RowsOfUnit(string unitId, bool withClosed) => Rows(withClosed ? ByUnit : OpenOfUnitWhere, new BsonValue(unitId));

    public IReadOnlyList<ItemRow> RowsWithStatus(IReadOnlyCollection<AssignmentStatus> statuses) =>
        Rows("$.Status IN [" + string.Join(",", statuses.Select(s => $"'{s}'")) + "]");

    private List<ItemRow> Rows(string where, params BsonValue[] args) =>
        // Whole raw documents: LiteDB's field projection measured slower than reading them whole.
        c.Collection<BsonDocument>("assignments").Find(BsonExpression.Create(where, args)).Select(ToRow).ToList();

    private static ItemRow ToRow(BsonDocument d) => new(
        d["_id"].AsString,
        d["Number"].AsInt32,
        d["Due"].IsString ? DateOnly.ParseExact(d["Due"].AsString, "yyyy-MM-dd") : null,
        Enum.TryParse<AssignmentStatus>(d["Status"].AsString, out var s) ? s : AssignmentStatus.Dispatched,
        d["UnitId"].IsString ? d["UnitId"].AsString : "",
        d["MeetingId"].IsString ? d["MeetingId"].AsString : "",
        d["Task"].IsString ? d["Task"].AsString : "");

    private static BsonValue Day(DateOnly d) => new(d.ToString("yyyy-MM-dd"));

    public Directive? Directive(string id) => c.Directives.FindById(id);
    public IReadOnlyList<Directive> DirectivesOf(string meetingId) => c.Directives.Find(d => d.MeetingId == meetingId).OrderBy(d => d.Number).ToList();
    public void AddDirective(Directive directive) => c.Directives.Insert(directive);

    public ProgressReport? Report(string id) => c.ProgressReports.FindById(id);
    public IReadOnlyList<ProgressReport> ReportsOf(string assignmentId) =>
        c.ProgressReports.Find(p => p.AssignmentId == assignmentId).OrderBy(p => p.ReportedAt).ToList();
    public void AddReport(ProgressReport report) => c.ProgressReports.Insert(report);
}
