using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Intake.Review;

/// <summary>
/// Intake drafts as data: each review is a record of its own (<see cref="IIntakeDraftRepository"/>)
/// with its id, owner (the reviewer), conversation and expiry, so it survives a restart and no other
/// exchange can overwrite it. The reviewer's pending question of kind <see cref="IntakeDraft.Kind"/>
/// only points at it, so typed edits and 确认下发 find it.
/// </summary>
public static class IntakeDrafts
{
    public static IntakeDraft? Find(IStoreSession store, string draftId) =>
        store.IntakeDrafts.Get(draftId) is { } record ? IntakeDraft.Read(record.Data) : null;

    /// <summary>The draft the reviewer's pending question points at, if any.</summary>
    public static IntakeDraft? Current(TurnContext turn, string conversationId, string reviewerId) =>
        turn.Pending.Get(conversationId, reviewerId, IntakeDraft.Kind) is { } pointer ? Find(turn.Store, pointer.Data) : null;

    /// <summary>
    /// Stores the draft and points the reviewer's question at it, in one transaction; a previous review
    /// of the same reviewer in the same conversation is replaced (one review at a time, as the card says).
    /// </summary>
    public static void Save(TurnContext turn, IntakeDraft draft, TimeSpan keep)
    {
        var keepUntil = turn.Clock.UtcNow + keep;
        turn.Store.Write(s =>
        {
            if (turn.Pending.Get(draft.ConversationId, draft.ReviewerId, IntakeDraft.Kind) is { } earlier && earlier.Data != draft.Id)
                s.IntakeDrafts.Delete(earlier.Data);
            s.IntakeDrafts.Put(new IntakeDraftRecord
            {
                Id = draft.Id, ReviewerId = draft.ReviewerId, ConversationId = draft.ConversationId,
                ExpiresAt = draft.ExpiresAt, KeepUntil = keepUntil, Data = draft.Write(),
            });
            turn.Pending.Set(draft.ConversationId, draft.ReviewerId, IntakeDraft.Kind, draft.Id, keep);
        });
    }

    /// <summary>Removes the draft and, when it still points at it, the reviewer's question.</summary>
    public static void Remove(TurnContext turn, string conversationId, string reviewerId, string draftId) => turn.Store.Write(s =>
    {
        s.IntakeDrafts.Delete(draftId);
        if (turn.Pending.Get(conversationId, reviewerId, IntakeDraft.Kind)?.Data == draftId)
            turn.Pending.Clear(conversationId, reviewerId, IntakeDraft.Kind);
    });
}
