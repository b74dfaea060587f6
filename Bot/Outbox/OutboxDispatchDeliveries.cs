using ChatBot.Bot.Storage;
using ChatBot.Dialogs.Features.Delivery;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Outbox;

/// <summary>
/// Answers Dialogs' question "what became of this meeting's dispatch notices" from the outbox rows queued
/// under dispatch:{meetingId}:… (a range scan of the primary key), and re-queues the ones that failed.
/// </summary>
public sealed class OutboxDispatchDeliveries(IStore store, Outbox outbox) : IDispatchDeliveries
{
    public IReadOnlyList<NoticeDelivery> Notices(string meetingId) => Read(store, meetingId).Select(ToNotice).ToList();

    public IReadOnlyList<NoticeDelivery> Resend(IStoreSession transaction, string meetingId)
    {
        var failed = Read(transaction, meetingId).Where(m => m.Status == OutboxStatus.Failed).ToList();
        // Outbox.Retry joins the caller's transaction and takes only what is Failed: a delivered notice stays delivered.
        return failed.Where(m => outbox.Retry(m.Id)).Select(m => ToNotice(m) with { State = DeliveryState.Trying, Problem = DeliveryProblem.None }).ToList();
    }

    private static List<OutboxMessage> Read(IStoreSession s, string meetingId) =>
        s.Get<IOutboxRepository>()
            .WithKeyPrefix(DispatchKeys.NoticesOf(meetingId))
            .Where(m => m.MemberId is not null)
            .ToList();

    private static NoticeDelivery ToNotice(OutboxMessage m) => m.Status switch
    {
        OutboxStatus.Sent => new(m.Id, m.MemberId!, DeliveryState.Delivered),
        OutboxStatus.Pending or OutboxStatus.Sending => new(m.Id, m.MemberId!, DeliveryState.Trying),
        _ => Problem(m) is var p && p is DeliveryProblem.NotInstalled or DeliveryProblem.AppRemoved
            ? new(m.Id, m.MemberId!, DeliveryState.Unreached, p, m.LastStatusCode)
            : new(m.Id, m.MemberId!, DeliveryState.Failed, Problem(m), m.LastStatusCode),
    };

    private static DeliveryProblem Problem(OutboxMessage m) => m.FailureKind switch
    {
        FailureKind.NotInstalled => DeliveryProblem.NotInstalled,
        FailureKind.Removed => DeliveryProblem.AppRemoved,
        FailureKind.ConversationGone => DeliveryProblem.ConversationGone,
        FailureKind.GaveUp => DeliveryProblem.GaveUp,
        FailureKind.Refused => DeliveryProblem.Refused,
        FailureKind.NotTrusted => DeliveryProblem.NotTrusted,
        FailureKind.Other => DeliveryProblem.Other,
        // Rows failed before the kind was kept: what the status code says.
        null => m.LastStatusCode switch
        {
            403 => DeliveryProblem.AppRemoved,
            404 => DeliveryProblem.ConversationGone,
            null when m.FailureReason?.Contains("not been seen in Teams", StringComparison.Ordinal) == true => DeliveryProblem.NotInstalled,
            _ => DeliveryProblem.Other,
        },
        _ => DeliveryProblem.Other,
    };
}
