using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Storage;
using LiteDB;

namespace ChatBot.Dialogs.Features.Intake.Review;

/// <summary>
/// Intake drafts as data: each review is a document of its own (collection <see cref="Collection"/>)
/// with its id, owner (the reviewer), conversation and expiry, so it survives a restart and no other
/// exchange can overwrite it. The reviewer's pending question of kind <see cref="IntakeDraft.Kind"/>
/// only points at it, so typed edits and 确认下发 find it.
/// </summary>
public static class IntakeDrafts
{
    public const string Collection = "intake_drafts";

    /// <summary>The stored form: the draft as JSON under its own id and owner.</summary>
    public sealed class Record
    {
        public string Id { get; set; } = "";
        public string ReviewerId { get; set; } = "";
        public string ConversationId { get; set; } = "";
        /// <summary>The review's own expiry (<see cref="IntakeDraft.ExpiresAt"/>).</summary>
        public DateTimeOffset ExpiresAt { get; set; }
        /// <summary>Kept this long after expiry, so a late touch can be told the review expired.</summary>
        public DateTimeOffset KeepUntil { get; set; }
        public string Data { get; set; } = "";
    }

    public static ILiteCollection<Record> Of(TaskStore store) => store.Collection<Record>(Collection);

    public static IntakeDraft? Find(TaskStore store, string draftId) =>
        Of(store).FindById(draftId) is { } record ? IntakeDraft.Read(record.Data) : null;

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
                Of(s).Delete(earlier.Data);
            Of(s).Upsert(new Record
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
        Of(s).Delete(draftId);
        if (turn.Pending.Get(conversationId, reviewerId, IntakeDraft.Kind)?.Data == draftId)
            turn.Pending.Clear(conversationId, reviewerId, IntakeDraft.Kind);
    });
}
