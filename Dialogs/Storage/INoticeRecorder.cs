using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Storage;

/// <summary>Records a change's notices (dispatch cards, status cards…) in the same transaction as the change.</summary>
public interface INoticeRecorder
{
    /// <summary>Called inside <paramref name="transaction"/>'s open write: what it records commits or rolls back with it.</summary>
    void Record(IStoreSession transaction, IReadOnlyList<ProactiveMessage> notices);
}
