using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Delivery;

/// <summary>
/// One 重发未送达 of a meeting: who asked, where, in which language — so the report that follows the
/// resend goes back to them. Round 0 is the dispatch itself and needs no record (the meeting says who
/// confirmed it and where).
/// </summary>
public sealed class ResendRound
{
    /// <summary>"{meetingId}:{round}".</summary>
    public string Id { get; set; } = "";
    public string MeetingId { get; set; } = "";
    public int Round { get; set; }
    public string MemberId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string ConversationType { get; set; } = "personal";
    public string? Locale { get; set; }
    public int Requeued { get; set; }
    public DateTimeOffset At { get; set; }

    public static ResendRound? Latest(IStoreSession store, string meetingId) =>
        store.DispatchResends.OfMeeting(meetingId).MaxBy(r => r.Round);

    public static void Add(IStoreSession transaction, ResendRound round)
    {
        round.Id = $"{round.MeetingId}:{round.Round}";
        transaction.DispatchResends.Add(round);
    }
}
