using ChatBot.Dialogs.Features.Delivery;

namespace ChatBot.Dialogs.Storage;

/// <summary>重发未送达 rounds, per meeting.</summary>
public interface IDispatchResendRepository
{
    IReadOnlyList<ResendRound> OfMeeting(string meetingId);
    void Add(ResendRound round);
}
