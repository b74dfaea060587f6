using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>The typed confirmation in progress for this member in this conversation (pending state of kind <see cref="RelayDraft.Kind"/>).</summary>
internal static class Drafts
{
    public static RelayDraft? Live(TurnContext turn) =>
        turn.Pending.Live(turn.Request.ConversationId, turn.Member.Id, RelayDraft.Kind) is { } state ? RelayDraft.Read(state.Data) : null;

    public static void Save(TurnContext turn, RelayDraft draft) =>
        turn.Pending.Set(turn.Request.ConversationId, turn.Member.Id, RelayDraft.Kind, draft.Serialize());

    /// <summary>Clears only our own pending exchange; another feature's stays.</summary>
    public static void Clear(TurnContext turn) => turn.Pending.Clear(turn.Request.ConversationId, turn.Member.Id, RelayDraft.Kind);
}
