using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage.PostgreSql;

internal sealed class PgRoster(PostgreSqlStore store) : IRosterRepository
{
    private readonly PgDocuments<Unit> _units = store.Documents(PgTables.Units);
    private readonly PgDocuments<Member> _members = store.Documents(PgTables.Members);

    public Unit? Unit(string id) => _units.Get(id);
    public Unit? UnitNamed(string name) => _units.First("name = $1", name);
    public IReadOnlyList<Unit> Units() => _units.All();
    public int UnitCount() => _units.Count();
    public void AddUnits(IEnumerable<Unit> units) => _units.InsertMany(units);
    public void UpsertUnit(Unit unit) => _units.Upsert(unit);
    public void UpdateUnit(Unit unit) => _units.Update(unit);
    public void DeleteUnit(string id) => _units.Delete(id);

    public Member? Member(string id) => _members.Get(id);
    public Member? MemberByAadObjectId(string aadObjectId) => _members.First("aad_object_id = $1", aadObjectId);
    public Member? MemberByEmail(string email) => _members.First("email = $1", email);
    public IReadOnlyList<Member> MembersByChannelUserId(string channelUserId) => _members.Where("channel_user_id = $1", channelUserId);
    public IReadOnlyList<Member> MembersNamed(string name) => _members.Where("name = $1", name);
    public IReadOnlyList<Member> MembersOf(string unitId) => _members.Where("unit_ids @> ARRAY[$1::text]", unitId);
    public IReadOnlyList<Member> MembersWith(BureauRole role) => _members.Where("bureau_roles @> ARRAY[$1::text]", role);
    public IReadOnlyList<Member> Members() => _members.All();
    public int MemberCount() => _members.Count();
    public void AddMembers(IEnumerable<Member> members) => _members.InsertMany(members);
    public void UpsertMember(Member member) => _members.Upsert(member);
    public void UpdateMember(Member member) => _members.Update(member);
    public void DeleteMember(string id) => _members.Delete(id);
}
