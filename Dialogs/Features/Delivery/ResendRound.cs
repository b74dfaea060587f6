using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Delivery;

/// <summary>
/// One 重发未送达 of a meeting: who asked, where, in which language — so the report that follows the
/// resend goes back to them. Round 0 is the dispatch itself and needs no record (the meeting says who
/// confirmed it and where).
/// </summary>
public sealed class ResendRound
{
    public const string CollectionName = "dispatch_resends";

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

    public static ResendRound? Latest(TaskStore store, string meetingId) =>
        store.Collection<ResendRound>(CollectionName).Find(r => r.MeetingId == meetingId).MaxBy(r => r.Round);

    public static void Add(TaskStore transaction, ResendRound round)
    {
        round.Id = $"{round.MeetingId}:{round.Round}";
        transaction.Collection<ResendRound>(CollectionName).Insert(round);
    }
}
