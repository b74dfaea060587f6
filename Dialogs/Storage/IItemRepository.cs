using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage;

/// <summary>What ordering and filtering 我的待办 need of an item, read without mapping the whole assignment.</summary>
public sealed record ItemRow(string Id, int Number, DateOnly? Due, AssignmentStatus Status, string UnitId, string MeetingId, string Task)
{
    public bool IsOpen => Status != AssignmentStatus.Closed;
}

/// <summary>Assignments (督办事项 per unit), the directives they come from and their progress reports.</summary>
public interface IItemRepository
{
    Assignment? Get(string id);
    /// <summary>The item with this 第N条 number (numbers are unique).</summary>
    Assignment? ByNumber(int number);
    IReadOnlyList<Assignment> OfMeeting(string meetingId);
    IReadOnlyList<Assignment> OfMeetingAndUnit(string meetingId, string unitId);
    /// <summary>A unit's items that are not closed, in number order.</summary>
    IReadOnlyList<Assignment> OpenOfUnit(string unitId);
    /// <summary>Items naming the member as an assignee, in number order.</summary>
    IReadOnlyList<Assignment> OfAssignee(string memberId);
    /// <summary>Every item that is not closed (the reminder policy's snapshot).</summary>
    IReadOnlyList<Assignment> Open();
    /// <summary>Items not closed whose deadline falls in [<paramref name="from"/>, <paramref name="to"/>], soonest first.</summary>
    IReadOnlyList<Assignment> OpenDueBetween(DateOnly from, DateOnly to);
    void Add(Assignment assignment);
    void Update(Assignment assignment);

    // 我的待办: rows through the indexes, most of a unit's history never read.
    IReadOnlyList<ItemRow> RowsOfAssignee(string memberId);
    /// <summary>A unit's rows: the open ones, or every one when <paramref name="withClosed"/>.</summary>
    IReadOnlyList<ItemRow> RowsOfUnit(string unitId, bool withClosed);
    IReadOnlyList<ItemRow> RowsWithStatus(IReadOnlyCollection<AssignmentStatus> statuses);

    Directive? Directive(string id);
    IReadOnlyList<Directive> DirectivesOf(string meetingId);
    void AddDirective(Directive directive);

    ProgressReport? Report(string id);
    /// <summary>An item's progress reports, oldest first.</summary>
    IReadOnlyList<ProgressReport> ReportsOf(string assignmentId);
    void AddReport(ProgressReport report);
}
