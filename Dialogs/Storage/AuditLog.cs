using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage;

public sealed partial class TaskStore
{
    /// <summary>Appends an audit entry; call inside the same <see cref="Write{T}"/> as the change it records.</summary>
    public void AppendAudit(string entityType, string entityId, string action, string? from, string? to,
        string actorMemberId, DateTimeOffset at, string? activityId)
    {
        Audit.Insert(new AuditEntry
        {
            Id = Guid.NewGuid().ToString("N"),
            Seq = NextNumber("audit"),
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            From = from,
            To = to,
            ActorMemberId = actorMemberId,
            At = at,
            ActivityId = activityId,
        });
    }

    /// <summary>
    /// How many changes the store has recorded (every change is audited): a snapshot read after a
    /// higher version is never older than one read after a lower one.
    /// </summary>
    public long Version() => Counters.FindById("audit")?.Value ?? 0;

    public IReadOnlyList<AuditEntry> AuditFor(string entityId) =>
        Audit.Find(a => a.EntityId == entityId).OrderBy(a => a.At).ThenBy(a => a.Seq).ToList();
}
