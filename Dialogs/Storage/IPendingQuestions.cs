using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage;

/// <summary>Questions the bot is waiting on, one per conversation, member and kind (<see cref="PendingState.KeyFor"/>).</summary>
public interface IPendingQuestions
{
    PendingState? Get(string id);
    /// <summary>Every question, live or expired, waiting on the member in the conversation.</summary>
    IReadOnlyList<PendingState> Of(string conversationId, string memberId);
    void Put(PendingState state);
    void Delete(string id);
}
