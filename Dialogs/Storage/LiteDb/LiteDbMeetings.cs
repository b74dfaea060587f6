using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Dialogs.Storage.LiteDb;

internal sealed class LiteDbMeetings(LiteDbCollections c) : IMeetingRepository
{
    public Meeting? Get(string id) => c.Meetings.FindById(id);
    public IReadOnlyList<Meeting> All() => c.Meetings.FindAll().ToList();
    public IReadOnlyList<Meeting> WithStatus(MeetingStatus status) => c.Meetings.Find(m => m.Status == status).ToList();
    public void Add(Meeting meeting) => c.Meetings.Insert(meeting);
    public void Update(Meeting meeting) => c.Meetings.Update(meeting);

    public RelayConfirmation? Confirmation(string id) => c.RelayConfirmations.FindById(id);
    public IReadOnlyList<RelayConfirmation> Confirmations() => c.RelayConfirmations.FindAll().ToList();
    public IReadOnlyList<RelayConfirmation> ConfirmationsOf(string meetingId) => c.RelayConfirmations.Find(r => r.MeetingId == meetingId).ToList();
    public IReadOnlyList<RelayConfirmation> ConfirmationsOf(string meetingId, string unitId) =>
        c.RelayConfirmations.Find(r => r.MeetingId == meetingId && r.UnitId == unitId).ToList();
    public void AddConfirmation(RelayConfirmation confirmation) => c.RelayConfirmations.Insert(confirmation);
    public void UpdateConfirmation(RelayConfirmation confirmation) => c.RelayConfirmations.Update(confirmation);

    public UnitReceipt? Receipt(string meetingId, string unitId) => c.RelayReceipts.FindById(UnitReceipt.KeyFor(meetingId, unitId));
    public void AddReceipt(UnitReceipt receipt) => c.RelayReceipts.Insert(receipt);
}
