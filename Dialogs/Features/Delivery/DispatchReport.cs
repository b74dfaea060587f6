using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Delivery;

/// <summary>
/// The report the office gets once the outbox has tried every dispatch notice of a meeting: after the
/// dispatch, to the person who confirmed it, where they confirmed it (the channel, or their 1:1 chat);
/// after a resend, to whoever asked for it, where they asked. One per round, whatever calls it how often:
/// it is queued under <see cref="DispatchKeys.Report"/>.
/// </summary>
public static class DispatchReport
{
    /// <summary>The report to send now, or null while notices are still being tried (or there is nothing to report).</summary>
    public static ProactiveMessage? WhenSettled(IStoreSession store, IDispatchDeliveries deliveries, string meetingId, Lang bureau = Lang.Zh)
    {
        var meeting = store.Meetings.Get(meetingId);
        if (meeting is null) return null;
        var notices = deliveries.Notices(meetingId);
        if (notices.Count == 0) return null;
        var summary = DeliverySummary.Of(store, notices);
        if (!summary.Settled) return null;

        var round = ResendRound.Latest(store, meetingId);
        // The first report goes to the channel the office dispatched from (the bureau's language) or to
        // the confirmer (their own); a report after a resend speaks the language of whoever asked.
        var lang = round is not null ? LangExtensions.FromLocale(round.Locale)
            : meeting.ChannelConversationId is not null ? bureau
            : MemberLanguage.Of(store, meeting.CreatedBy, bureau);
        var key = DispatchKeys.Report(meetingId, round?.Round ?? 0);
        var card = DeliveryReportCard.Build(lang, meeting, summary, round?.Round ?? 0);
        var message = new Reply(null, card);
        if (round is not null)
            return round.ConversationType == "personal"
                ? ProactiveMessage.ToMember(key, round.MemberId, message)
                : ProactiveMessage.ToConversation(key, round.ConversationId, message);
        return meeting.ChannelConversationId is { } channel
            ? ProactiveMessage.ToConversation(key, channel, message)
            : ProactiveMessage.ToMember(key, meeting.CreatedBy, message);
    }
}
