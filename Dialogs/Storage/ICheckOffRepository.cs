using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Storage;

/// <summary>销号 requests and their decisions.</summary>
public interface ICheckOffRepository
{
    /// <summary>The item's requests, oldest first.</summary>
    IReadOnlyList<CheckOffRecord> For(string assignmentId);
    void Add(CheckOffRecord record);
    void Update(CheckOffRecord record);
}
