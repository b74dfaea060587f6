using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Storage;

/// <summary>延期 requests (Features/Extension) and their answers.</summary>
public interface IExtensionRequests
{
    ExtensionRecord? Get(string id);
    /// <summary>The item's requests, oldest first.</summary>
    IReadOnlyList<ExtensionRecord> For(string assignmentId);
    /// <summary>Every request, by id (for "nothing changed" checks and the ledger).</summary>
    IReadOnlyList<ExtensionRecord> All();
    void Add(ExtensionRecord record);
    void Update(ExtensionRecord record);
}
