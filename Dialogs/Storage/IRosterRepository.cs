using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage;

/// <summary>The roster: units and members.</summary>
public interface IRosterRepository
{
    Unit? Unit(string id);
    /// <summary>The unit with exactly this name (names are unique).</summary>
    Unit? UnitNamed(string name);
    IReadOnlyList<Unit> Units();
    int UnitCount();
    void AddUnits(IEnumerable<Unit> units);
    void UpsertUnit(Unit unit);
    void UpdateUnit(Unit unit);
    void DeleteUnit(string id);

    Member? Member(string id);
    Member? MemberByAadObjectId(string aadObjectId);
    Member? MemberByEmail(string email);
    /// <summary>Members bound to this Teams channel account (one, unless a binding went wrong).</summary>
    IReadOnlyList<Member> MembersByChannelUserId(string channelUserId);
    IReadOnlyList<Member> MembersNamed(string name);
    /// <summary>Members of the unit, in any role.</summary>
    IReadOnlyList<Member> MembersOf(string unitId);
    IReadOnlyList<Member> MembersWith(BureauRole role);
    IReadOnlyList<Member> Members();
    int MemberCount();
    void AddMembers(IEnumerable<Member> members);
    void UpsertMember(Member member);
    void UpdateMember(Member member);
    void DeleteMember(string id);
}
