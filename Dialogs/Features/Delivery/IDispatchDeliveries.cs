using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Delivery;

/// <summary>
/// What became of a meeting's dispatch notices (the 1:1 cards to each unit's head and liaison). The bot
/// answers it from its outbox; Dialogs only asks, so it never needs to know how a message travels.
/// </summary>
public interface IDispatchDeliveries
{
    /// <summary>Every dispatch notice of the meeting, one per recipient and unit, as it stands now.</summary>
    IReadOnlyList<NoticeDelivery> Notices(string meetingId);

    /// <summary>
    /// Puts the meeting's notices that did not arrive back in the queue — never one that arrived, never
    /// one still being tried. Call it inside the store write that records the resend. Returns the notices
    /// re-queued.
    /// </summary>
    IReadOnlyList<NoticeDelivery> Resend(IStoreSession transaction, string meetingId);
}

/// <param name="Key">The notice's idempotency key (dispatch:{meetingId}:{unitId}:{memberId}).</param>
public sealed record NoticeDelivery(string Key, string MemberId, DeliveryState State, DeliveryProblem Problem = DeliveryProblem.None, int? StatusCode = null);

public enum DeliveryState
{
    /// <summary>Teams accepted it.</summary>
    Delivered,
    /// <summary>Queued, in flight or waiting for a retry.</summary>
    Trying,
    /// <summary>No chat with the person could be opened: the app is not installed for them (or was removed).</summary>
    Unreached,
    /// <summary>Given up for another reason (see the problem).</summary>
    Failed,
}

/// <summary>Why a notice did not arrive, in terms the office can act on.</summary>
public enum DeliveryProblem
{
    None,
    /// <summary>Never seen in Teams, app not installed: no 1:1 chat could be created.</summary>
    NotInstalled,
    /// <summary>The person removed or blocked the app.</summary>
    AppRemoved,
    /// <summary>The chat no longer exists.</summary>
    ConversationGone,
    /// <summary>Teams was busy or unreachable on every attempt.</summary>
    GaveUp,
    /// <summary>Teams refused the message.</summary>
    Refused,
    /// <summary>The chat's service address was never vouched for by Teams, so the bot's token was not sent there.</summary>
    NotTrusted,
    Other,
}
