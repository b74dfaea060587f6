using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Dialogs.Storage;

/// <summary>Meetings, their units' relay confirmations (传达) and 签收 receipts.</summary>
public interface IMeetingRepository
{
    Meeting? Get(string id);
    IReadOnlyList<Meeting> All();
    IReadOnlyList<Meeting> WithStatus(MeetingStatus status);
    void Add(Meeting meeting);
    void Update(Meeting meeting);

    RelayConfirmation? Confirmation(string id);
    IReadOnlyList<RelayConfirmation> Confirmations();
    IReadOnlyList<RelayConfirmation> ConfirmationsOf(string meetingId);
    IReadOnlyList<RelayConfirmation> ConfirmationsOf(string meetingId, string unitId);
    void AddConfirmation(RelayConfirmation confirmation);
    void UpdateConfirmation(RelayConfirmation confirmation);

    /// <summary>The unit's 签收 of the meeting (<see cref="UnitReceipt.KeyFor"/>).</summary>
    UnitReceipt? Receipt(string meetingId, string unitId);
    void AddReceipt(UnitReceipt receipt);
}
