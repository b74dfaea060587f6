using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Dialogs.Features.Delivery;

/// <summary>
/// 送达情况 / delivery report, and 重发未送达 / resend to unreached (typed, or the report card's buttons),
/// for the office only. A resend puts back in the queue only the notices that did not arrive; the outbox's
/// keys make sure nobody who has the card gets it twice. The report after the resend comes on its own,
/// once everyone re-queued has been tried.
/// </summary>
public sealed class DeliveryFeature(IDispatchDeliveries deliveries) : ITurnFeature
{
    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var lang = turn.Lang;
        if (!turn.Member.IsOffice) return Done(TurnResult.Of(DeliveryTexts.OfficeOnly(lang)));
        var fromCard = CardValues.Text(turn.Request.Action, "meeting");
        if (new RelayMeetings(turn.Store).Find(fromCard, intent.Slot("meeting")) is not RelayMeetings.Open { Meeting: var meeting })
            return Done(TurnResult.Of(DeliveryTexts.NoMeeting(lang)));
        return Done(intent.Name == DeliveryCapability.Resend ? Resend(turn, meeting) : Report(turn, meeting));
    }

    private TurnResult Report(TurnContext turn, Domain.Meeting meeting)
    {
        var notices = deliveries.Notices(meeting.Id);
        if (notices.Count == 0) return TurnResult.Of(DeliveryTexts.NoNotices(turn.Lang, meeting.Title));
        var round = ResendRound.Latest(turn.Store, meeting.Id)?.Round ?? 0;
        return new TurnResult().Show(DeliveryReportCard.Build(turn.Lang, meeting, DeliverySummary.Of(turn.Store, notices), round));
    }

    private TurnResult Resend(TurnContext turn, Domain.Meeting meeting)
    {
        var lang = turn.Lang;
        var request = turn.Request;
        return turn.Store.Write(s =>
        {
            // Read, re-queue and record in one transaction: two clicks racing cannot both start a round.
            var summary = DeliverySummary.Of(s, deliveries.Notices(meeting.Id));
            if (summary.People == 0) return TurnResult.Of(DeliveryTexts.NoNotices(lang, meeting.Title));
            if (!summary.AnyUnreached)
                return TurnResult.Of(summary.Settled ? DeliveryTexts.NothingToResend(lang, meeting.Title) : DeliveryTexts.StillTrying(lang, meeting.Title, summary.Trying.Count));
            var requeued = deliveries.Resend(s, meeting.Id);
            var round = (ResendRound.Latest(s, meeting.Id)?.Round ?? 0) + 1;
            ResendRound.Add(s, new ResendRound
            {
                MeetingId = meeting.Id,
                Round = round,
                MemberId = turn.Member.Id,
                ConversationId = request.ConversationId,
                ConversationType = request.ConversationType,
                Locale = request.Locale,
                Requeued = requeued.Count,
                At = turn.Clock.UtcNow,
            });
            var people = requeued.Select(n => n.MemberId).Distinct(StringComparer.Ordinal).ToList();
            turn.Audit("meeting", meeting.Id, "resend", null, string.Join(",", people));
            var names = people.Select(id => s.Roster.Member(id)?.Name ?? id).ToList();
            return TurnResult.Of(DeliveryTexts.Requeued(lang, meeting.Title, names));
        });
    }

    private static Task<TurnResult> Done(TurnResult result) => Task.FromResult(result);
}
