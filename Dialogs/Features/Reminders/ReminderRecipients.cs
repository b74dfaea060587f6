using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>Who receives which reminder, and who has paused theirs.</summary>
internal sealed class ReminderRecipients
{
    private readonly IReadOnlyList<Member> _members;
    private readonly HashSet<string> _paused;

    public ReminderRecipients(ReminderSnapshot snapshot, DateOnly today)
    {
        _members = snapshot.Members.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        _paused = snapshot.Pauses.Where(p => p.Covers(today)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The named assignees; an item nobody was named for belongs to the unit's head and liaison.</summary>
    public IReadOnlyList<string> ForAssignment(Assignment assignment) =>
        assignment.AssigneeMemberIds.Count > 0
            ? assignment.AssigneeMemberIds.Distinct(StringComparer.Ordinal).ToList()
            : ForUnit(assignment.UnitId);

    /// <summary>The unit's head and liaison; the deputy only when the unit has neither, so the unit is never silent.</summary>
    public IReadOnlyList<string> ForUnit(string unitId)
    {
        var ids = _members.Where(m => m.HasRole(unitId, UnitRole.Head, UnitRole.Liaison)).Select(m => m.Id).ToList();
        return ids.Count > 0 ? ids : _members.Where(m => m.HasRole(unitId, UnitRole.Deputy)).Select(m => m.Id).ToList();
    }

    /// <summary>
    /// An overdue item goes up one level (一级管一级): a passed-down item to the head and liaison of the unit
    /// that passed it down; any other to the leader(s) in charge and the office.
    /// </summary>
    public IReadOnlyList<string> ForEscalation(Assignment a) =>
        a.ParentUnitId is { } up && ForUnit(up) is { Count: > 0 } heads ? heads : ForEscalation(a.UnitId);

    /// <summary>The leader(s) in charge of the unit (分管领导), then the office.</summary>
    public IReadOnlyList<string> ForEscalation(string unitId) =>
        _members.Where(m => m.IsLeader && m.Portfolio.Contains(unitId))
            .Concat(_members.Where(m => m.IsOffice))
            .Select(m => m.Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<string> Office() => _members.Where(m => m.IsOffice).Select(m => m.Id).ToList();

    public IReadOnlyList<string> WithoutPaused(IReadOnlyList<string> ids) =>
        _paused.Count == 0 ? ids : ids.Where(id => !_paused.Contains(id)).ToList();
}
