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

    public IReadOnlyList<AuditEntry> AuditFor(string entityId) =>
        Audit.Find(a => a.EntityId == entityId).OrderBy(a => a.At).ThenBy(a => a.Seq).ToList();
}
