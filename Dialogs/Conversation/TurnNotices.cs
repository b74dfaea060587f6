using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Conversation;

public static class TurnNotices
{
    /// <summary>
    /// Adds the notices a change causes to the turn's result. Call it inside the store write that makes
    /// the change: with the host's recorder they are queued in that same transaction, so a crash leaves
    /// the change with every notice, or neither.
    /// </summary>
    public static TurnResult Notify(this TurnResult result, IStoreSession transaction, IEnumerable<ProactiveMessage> notices)
    {
        var list = notices.ToList();
        if (list.Count == 0) return result;
        if (transaction.Notices is { } recorder)
        {
            if (!transaction.InTransaction)
                throw new InvalidOperationException("Notices are recorded inside the store write that causes them.");
            recorder.Record(transaction, list);
            list = list.Select(n => n with { Recorded = true }).ToList();
        }
        result.Proactive.AddRange(list);
        return result;
    }
}
