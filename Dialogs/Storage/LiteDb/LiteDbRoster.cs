using ChatBot.Dialogs.Domain;
using LiteDB;

namespace ChatBot.Dialogs.Storage.LiteDb;

internal sealed class LiteDbRoster(LiteDbCollections c) : IRosterRepository
{
    /// <summary>Who is behind a channel id is asked on every turn and changes rarely (a binding, a roster change).</summary>
    private readonly CachedLookup<Member> _byChannelUserId = c.Cached<Member>("members", ByChannelUserId);

    public Unit? Unit(string id) => c.Units.FindById(id);
    public Unit? UnitNamed(string name) => c.Units.FindOne(u => u.Name == name);
    public IReadOnlyList<Unit> Units() => c.Units.FindAll().ToList();
    public int UnitCount() => c.Units.Count();
    public void AddUnits(IEnumerable<Unit> units) => c.Units.InsertBulk(units);
    public void UpsertUnit(Unit unit) => c.Units.Upsert(unit);
    public void UpdateUnit(Unit unit) => c.Units.Update(unit);
    public void DeleteUnit(string id) => c.Units.Delete(id);

    public Member? Member(string id) => ParsedPredicate.ById.FindOne(c.Members, id);
    // Parameters, not Query.EQ: LiteDB keeps one compiled delegate per distinct expression text for ever.
    // Parsed once (ParsedPredicate): the member behind every turn is looked up by these.
    public Member? MemberByAadObjectId(string aadObjectId) => ByAadObjectId.FindOne(c.Members, aadObjectId);
    public Member? MemberByEmail(string email) => ByEmail.FindOne(c.Members, email);
    public IReadOnlyList<Member> MembersByChannelUserId(string channelUserId) => _byChannelUserId.Find(channelUserId);
    public IReadOnlyList<Member> MembersNamed(string name) => c.Members.Find(m => m.Name == name).ToList();
    public IReadOnlyList<Member> MembersOf(string unitId) =>
        c.Members.Find(BsonExpression.Create("$.UnitIds[*] ANY = @0", new BsonValue(unitId))).ToList();
    public IReadOnlyList<Member> MembersWith(BureauRole role) =>
        c.Members.Find(BsonExpression.Create("$.BureauRoles[*] ANY = @0", new BsonValue(role.ToString()))).ToList();
    public IReadOnlyList<Member> Members() => c.Members.FindAll().ToList();
    public int MemberCount() => c.Members.Count();
    // Through Change: the cached channel-id answers are forgotten by every write to the members.
    public void AddMembers(IEnumerable<Member> members) => c.Change("members", () => c.Members.InsertBulk(members));
    public void UpsertMember(Member member) => c.Change("members", () => c.Members.Upsert(member));
    public void UpdateMember(Member member) => c.Change("members", () => c.Members.Update(member));
    public void DeleteMember(string id) => c.Change("members", () => c.Members.Delete(id));

    private static readonly ParsedPredicate ByAadObjectId = new("$.AadObjectId = @0");
    private static readonly ParsedPredicate ByEmail = new("$.Email = @0");
    private static readonly ParsedPredicate ByChannelUserId = new("$.ChannelUserId = @0");
}
