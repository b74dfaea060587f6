using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage;

/// <summary>
/// Every change of state, append-only (留痕): there is no way to change or remove an entry. Append
/// inside the same <see cref="IStore.Write{T}"/> as the change it records.
/// </summary>
public interface IAuditLog
{
    /// <summary>Stores the entry; its id and <see cref="AuditEntry.Seq"/> are assigned here.</summary>
    AuditEntry Append(AuditEntry entry);
    /// <summary>The entity's entries in the order they happened.</summary>
    IReadOnlyList<AuditEntry> For(string entityId);
}

public static class AuditLogs
{
    /// <summary>The sequence that orders audit entries; its value is the store's <see cref="StoreSessionExtensions.Version"/>.</summary>
    public const string Sequence = "audit";

    public static AuditEntry Append(this IAuditLog log, string entityType, string entityId, string action, string? from, string? to,
        string actorMemberId, DateTimeOffset at, string? activityId) => log.Append(new AuditEntry
        {
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
