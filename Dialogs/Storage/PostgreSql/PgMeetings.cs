using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Dialogs.Storage.PostgreSql;

internal sealed class PgMeetings(PostgreSqlStore store) : IMeetingRepository
{
    private readonly PgDocuments<Meeting> _meetings = store.Documents(PgTables.Meetings);
    private readonly PgDocuments<RelayConfirmation> _confirmations = store.Documents(PgTables.RelayConfirmations);
    private readonly PgDocuments<UnitReceipt> _receipts = store.Documents(PgTables.RelayReceipts);

    public Meeting? Get(string id) => _meetings.Get(id);
    public IReadOnlyList<Meeting> All() => _meetings.All();
    public IReadOnlyList<Meeting> WithStatus(MeetingStatus status) => _meetings.Where("status = $1", status);
    public void Add(Meeting meeting) => _meetings.Insert(meeting);
    public void Update(Meeting meeting) => _meetings.Update(meeting);

    public RelayConfirmation? Confirmation(string id) => _confirmations.Get(id);
    public IReadOnlyList<RelayConfirmation> Confirmations() => _confirmations.All();
    public IReadOnlyList<RelayConfirmation> ConfirmationsOf(string meetingId) => _confirmations.Where("meeting_id = $1", meetingId);
    public IReadOnlyList<RelayConfirmation> ConfirmationsOf(string meetingId, string unitId) =>
        _confirmations.Where("meeting_id = $1 AND unit_id = $2", meetingId, unitId);
    public void AddConfirmation(RelayConfirmation confirmation) => _confirmations.Insert(confirmation);
    public void UpdateConfirmation(RelayConfirmation confirmation) => _confirmations.Update(confirmation);

    public UnitReceipt? Receipt(string meetingId, string unitId) => _receipts.Get(UnitReceipt.KeyFor(meetingId, unitId));
    public void AddReceipt(UnitReceipt receipt) => _receipts.Insert(receipt);
}
