using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Items;

/// <summary>
/// The one place an item's status moves: which moves exist, and that each is stamped and audited
/// (who, when, from → to, through which activity) in the caller's transaction.
/// </summary>
public static class ItemLifecycle
{
    public const string EntityType = "assignment";

    private static readonly Dictionary<AssignmentStatus, AssignmentStatus[]> Allowed = new()
    {
        [AssignmentStatus.Dispatched] = [AssignmentStatus.SignedFor, AssignmentStatus.InProgress, AssignmentStatus.CheckOffRequested],
        [AssignmentStatus.SignedFor] = [AssignmentStatus.InProgress, AssignmentStatus.CheckOffRequested],
        [AssignmentStatus.InProgress] = [AssignmentStatus.CheckOffRequested],
        [AssignmentStatus.SentBack] = [AssignmentStatus.InProgress, AssignmentStatus.CheckOffRequested],
        [AssignmentStatus.CheckOffRequested] = [AssignmentStatus.Closed, AssignmentStatus.SentBack],
        [AssignmentStatus.Closed] = [],
    };

    public static bool CanMove(AssignmentStatus from, AssignmentStatus to) => Allowed[from].Contains(to);

    /// <summary>Moves the item and records it; call inside <c>Store.Write</c>. <paramref name="activity"/> is the verb that caused it.</summary>
    public static void Move(TurnContext turn, Assignment a, AssignmentStatus to, string activity)
    {
        if (!CanMove(a.Status, to)) throw new InvalidOperationException($"Item {a.Number}: {a.Status} → {to} is not a status move.");
        var from = a.Status;
        a.Status = to;
        a.UpdatedAt = turn.Clock.UtcNow;
        turn.Store.Assignments.Update(a);
        turn.Audit(EntityType, a.Id, activity, from.ToString(), to.ToString());
    }

    /// <summary>Sets the completion percentage and records the change; no-op when unchanged.</summary>
    public static void SetPercent(TurnContext turn, Assignment a, int percent)
    {
        if (a.Percent == percent) return;
        var from = a.Percent;
        a.Percent = percent;
        a.UpdatedAt = turn.Clock.UtcNow;
        turn.Store.Assignments.Update(a);
        turn.Audit(EntityType, a.Id, AuditActions.Percent, from?.ToString(), percent.ToString());
    }
}

/// <summary>The audit trail's action names for items: the verb that caused a status move, or a field change.</summary>
public static class AuditActions
{
    public const string Percent = "percent";
}
