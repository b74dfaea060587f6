using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Items;

/// <summary>
/// The one place an item's status moves: which moves exist, and that each is stamped and audited
/// (who, when, from → to, through which action) in the caller's transaction. No feature sets
/// <see cref="Assignment.Status"/> itself (a test reads the sources to keep it so).
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

    /// <summary>A new item, dispatched: stored and audited (→ Dispatched); call inside <c>Store.Write</c>.</summary>
    public static void Open(TurnContext turn, Assignment a)
    {
        a.Status = AssignmentStatus.Dispatched;
        turn.Store.Items.Add(a);
        turn.Audit(EntityType, a.Id, AuditActions.Dispatch, null, a.Status.ToString());
    }

    /// <summary>
    /// 转派 (一级管一级): <paramref name="child"/> is a new item passed down from <paramref name="parent"/> to a
    /// sub-unit or named people, dispatched, with a deadline not later than the parent's. Both are audited.
    /// Call inside <c>Store.Write</c>.
    /// </summary>
    public static void PassDown(TurnContext turn, Assignment parent, Assignment child)
    {
        if (!parent.IsOpen || parent.Status == AssignmentStatus.CheckOffRequested)
            throw new InvalidOperationException($"Item {parent.Number} ({parent.Status}) cannot be passed down.");
        if (parent.Due is { } limit && (child.Due is null || child.Due > limit))
            throw new InvalidOperationException($"Item {child.Number} is due after its parent {parent.Number}.");
        child.ParentId = parent.Id;
        child.ParentUnitId = parent.UnitId;
        child.Status = AssignmentStatus.Dispatched;
        turn.Store.Items.Add(child);
        turn.Audit(EntityType, child.Id, AuditActions.PassedDown, parent.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), child.Status.ToString());
        turn.Audit(EntityType, parent.Id, AuditActions.PassDown, null, child.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A passed-down item's progress rolls up: its parent's percentage becomes the mean of its children's
    /// (a closed child counts 100), audited on the parent, and so on up the tree.
    /// </summary>
    private static void RollUp(TurnContext turn, Assignment child)
    {
        if (child.ParentId is null || turn.Store.Items.Get(child.ParentId) is not { IsOpen: true } parent) return;
        var children = turn.Store.Get<Storage.IItemTree>().Children(parent.Id);
        if (children.Count == 0) return;
        var mean = (int)Math.Round(children.Average(c => c.Id == child.Id ? Share(child) : Share(c)));
        SetPercent(turn, parent, mean);
    }

    private static int Share(Assignment a) => a.Status == AssignmentStatus.Closed ? 100 : a.Percent ?? 0;

    /// <summary>Moves the item and records it; call inside <c>Store.Write</c>. <paramref name="action"/> is one of <see cref="AuditActions"/>.</summary>
    public static void Move(TurnContext turn, Assignment a, AssignmentStatus to, string action)
    {
        if (!CanMove(a.Status, to)) throw new InvalidOperationException($"Item {a.Number}: {a.Status} → {to} is not a status move.");
        var from = a.Status;
        a.Status = to;
        a.UpdatedAt = turn.Clock.UtcNow;
        turn.Store.Items.Update(a);
        turn.Audit(EntityType, a.Id, action, from.ToString(), to.ToString());
        if (to == AssignmentStatus.Closed) RollUp(turn, a);
    }

    /// <summary>
    /// 签收: stamps the signer once (false when already signed) and moves a dispatched item to signed
    /// for; an item already further along keeps its status and the stamp is recorded as such.
    /// </summary>
    public static bool SignFor(TurnContext turn, Assignment a)
    {
        if (a.SignedAt is not null) return false;
        a.SignedBy = turn.Member.Id;
        a.SignedAt = turn.Clock.UtcNow;
        if (a.Status == AssignmentStatus.Dispatched)
        {
            Move(turn, a, AssignmentStatus.SignedFor, AuditActions.SignFor);
            return true;
        }
        a.UpdatedAt = turn.Clock.UtcNow;
        turn.Store.Items.Update(a);
        turn.Audit(EntityType, a.Id, AuditActions.SignFor, a.Status.ToString(), a.Status.ToString());
        return true;
    }

    /// <summary>
    /// Moves the deadline (an approved 延期) and records old → new; the first deadline is kept in
    /// <see cref="Assignment.OriginalDue"/>. Call inside <c>Store.Write</c>. Reminders read <see cref="Assignment.Due"/>, so they follow.
    /// </summary>
    public static void MoveDue(TurnContext turn, Assignment a, DateOnly to, string action)
    {
        if (!a.IsOpen) throw new InvalidOperationException($"Item {a.Number} is closed; its deadline does not move.");
        var from = a.Due;
        a.OriginalDue ??= from;
        a.Due = to;
        a.UpdatedAt = turn.Clock.UtcNow;
        turn.Store.Items.Update(a);
        turn.Audit(EntityType, a.Id, action, Iso(from), Iso(to));
    }

    /// <summary>
    /// 改派: the item goes to another unit, starting over there as dispatched (not signed for, nobody
    /// named); its history, progress and deadline stay. Two rows: the unit (old → new id) and the status.
    /// Call inside <c>Store.Write</c>.
    /// </summary>
    public static void Reassign(TurnContext turn, Assignment a, string toUnitId)
    {
        if (!a.IsOpen || a.Status == AssignmentStatus.CheckOffRequested)
            throw new InvalidOperationException($"Item {a.Number} ({a.Status}) cannot be reassigned.");
        var (fromUnit, fromStatus) = (a.UnitId, a.Status);
        a.UnitId = toUnitId;
        a.Status = AssignmentStatus.Dispatched;
        a.SignedBy = null;
        a.SignedAt = null;
        a.AssigneeMemberIds = [];
        a.UpdatedAt = turn.Clock.UtcNow;
        turn.Store.Items.Update(a);
        turn.Audit(EntityType, a.Id, AuditActions.ReassignUnit, fromUnit, toUnitId);
        turn.Audit(EntityType, a.Id, AuditActions.Reassign, fromStatus.ToString(), a.Status.ToString());
    }

    /// <summary>Records something said about the item that moves neither status nor deadline (a request, a refusal).</summary>
    public static void Note(TurnContext turn, Assignment a, string action, string? from, string? to) =>
        turn.Audit(EntityType, a.Id, action, from, to);

    public static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sets the completion percentage and records the change; no-op when unchanged.</summary>
    public static void SetPercent(TurnContext turn, Assignment a, int percent)
    {
        if (a.Percent == percent) return;
        var from = a.Percent;
        a.Percent = percent;
        a.UpdatedAt = turn.Clock.UtcNow;
        turn.Store.Items.Update(a);
        turn.Audit(EntityType, a.Id, AuditActions.Percent, from?.ToString(), percent.ToString());
        RollUp(turn, a);
    }
}
