using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Storage;

/// <summary>退回 requests (Features/Reassign) and the office's answers (改派 or kept).</summary>
public interface IReassignRequests
{
    ReassignRecord? Get(string id);
    /// <summary>The item's send-backs, oldest first.</summary>
    IReadOnlyList<ReassignRecord> For(string assignmentId);
    /// <summary>Every send-back, by id (for "nothing changed" checks and the ledger).</summary>
    IReadOnlyList<ReassignRecord> All();
    void Add(ReassignRecord record);
    void Update(ReassignRecord record);
}
