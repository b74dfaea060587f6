using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage.LiteDb;

/// <summary>Inserts and reads only: nothing in this store updates or deletes an audit document.</summary>
internal sealed class LiteDbAuditLog(LiteDbCollections c, ISequences sequences) : IAuditLog
{
    public AuditEntry Append(AuditEntry entry)
    {
        entry.Id = Guid.NewGuid().ToString("N");
        entry.Seq = sequences.Next(AuditLogs.Sequence);
        c.Audit.Insert(entry);
        return entry;
    }

    public IReadOnlyList<AuditEntry> For(string entityId) =>
        c.Audit.Find(a => a.EntityId == entityId).OrderBy(a => a.At).ThenBy(a => a.Seq).ToList();
}
