using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Storage;

/// <summary>Records a change's notices (dispatch cards, status cards…) in the same transaction as the change.</summary>
public interface INoticeRecorder
{
    /// <summary>Called inside <paramref name="transaction"/>'s open write: what it records commits or rolls back with it.</summary>
    void Record(TaskStore transaction, IReadOnlyList<ProactiveMessage> notices);
}

public sealed partial class TaskStore
{
    /// <summary>
    /// Set by the host (the durable outbox). Null when Dialogs runs alone (tests, bench): notices then
    /// stay in the turn's result for the caller to deliver.
    /// </summary>
    public INoticeRecorder? Notices { get; set; }

    /// <summary>True on a thread that is inside <see cref="Write{T}"/>.</summary>
    public bool InTransaction => _depth > 0;
}
