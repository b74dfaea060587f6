using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Roster.Chat;

/// <summary>添加成员 / 删除成员 / 设为某角色: member changes, each audited and answered with the member's card.</summary>
internal static class MemberEdits
{
    public static TurnResult Add(TurnContext turn, RosterSlots slots)
    {
        var lang = turn.Lang;
        if (slots["member"] is not { } name) return TurnResult.Of(RosterTexts.MissingMemberName(lang));
        if (slots["unit"] is not { } unitSaid) return TurnResult.Of(RosterTexts.MissingMemberUnit(lang));
        var unitFound = RosterPeople.Unit(turn.Store, unitSaid, lang);
        if (unitFound.Value is not { } unit) return TurnResult.Of(unitFound.Problem!);
        if (RosterRoles.ParseUnitRole(slots["role"]) is not { } role) return TurnResult.Of(RosterTexts.UnknownRole(lang, slots["role"]!));
        var email = slots["value"] is { } v && v.Contains('@') ? v.ToLowerInvariant() : null;

        // The same person may be in two units: an existing member of that name (or email) gets one more membership.
        var existing = email is not null
            ? turn.Store.Roster.MemberByEmail(email)
            : turn.Store.Roster.MembersNamed(name).ToList() is { Count: 1 } one ? one[0] : null;
        if (existing is not null && existing.Name != name) return TurnResult.Of(RosterTexts.DuplicateEmail(lang, email!, existing.Name));
        if (existing is not null && existing.UnitIds.Contains(unit.Id)) return TurnResult.Of(RosterTexts.AlreadyInUnit(lang, name, unit.Name));

        var member = existing ?? new Member { Id = NewMemberId(turn), Name = name, Email = email };
        member.Memberships.Add(new Membership { UnitId = unit.Id, Role = role });
        member.UnitIds = member.Memberships.Select(x => x.UnitId).Distinct().ToList();
        turn.Store.Write(s =>
        {
            s.Roster.UpsertMember(member);
            turn.Audit("member", member.Id, existing is null ? "roster.memberAdded" : "roster.membershipAdded", null, $"{unit.Name}:{RosterRoles.Code(role)}");
        });
        return new TurnResult().Show(RosterCards.Member(turn.Store, member, lang, RosterTexts.MemberAdded(lang)));
    }

    public static TurnResult Remove(TurnContext turn, RosterSlots slots)
    {
        var lang = turn.Lang;
        if (slots["member"] is not { } said) return TurnResult.Of(RosterTexts.MissingWhoToRemove(lang));
        var found = RosterPeople.Member(turn.Store, said, lang);
        if (found.Value is not { } member) return TurnResult.Of(found.Problem!);
        var open = OpenWork.ForMember(turn.Store, member.Id);
        if (open.Count > 0) return TurnResult.Of(RosterTexts.HasOpenItems(lang, member.Name, OpenWork.Describe(open, lang)));
        if (member.IsOffice && turn.Store.Roster.Members().Count(m => m.IsOffice) == 1)
            return TurnResult.Of(RosterTexts.OnlySupervisor(lang, member.Name));

        var card = RosterCards.Member(turn.Store, member, lang, RosterTexts.MemberRemoved(lang));
        turn.Store.Write(s =>
        {
            s.Roster.DeleteMember(member.Id);
            turn.Audit("member", member.Id, "roster.memberRemoved", Describe(turn, member), null);
        });
        return new TurnResult().Show(card);
    }

    /// <summary>负责人/副职/联络员/干部职工 in a unit, or a bureau role: 分管领导 (with the units of their portfolio) or 督办员.</summary>
    public static TurnResult SetRole(TurnContext turn, RosterSlots slots)
    {
        var lang = turn.Lang;
        if (slots["member"] is not { } said) return TurnResult.Of(RosterTexts.MissingMemberName(lang));
        if (slots["role"] is not { } roleSaid) return TurnResult.Of(RosterTexts.MissingRole(lang));
        var found = RosterPeople.Member(turn.Store, said, lang);
        if (found.Value is not { } member) return TurnResult.Of(found.Problem!);
        var before = Describe(turn, member);

        if (RosterRoles.ParseBureauRole(roleSaid) is { } bureauRole)
        {
            if (!member.BureauRoles.Contains(bureauRole)) member.BureauRoles.Add(bureauRole);
            if (bureauRole == BureauRole.Leader && slots["unit"] is { } portfolio)
                foreach (var name in portfolio.Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var unitFound = RosterPeople.Unit(turn.Store, name, lang);
                    if (unitFound.Value is not { } u) return TurnResult.Of(unitFound.Problem!);
                    if (!member.Portfolio.Contains(u.Id)) member.Portfolio.Add(u.Id);
                }
        }
        else if (RosterRoles.ParseUnitRole(roleSaid) is { } role)
        {
            if (slots["unit"] is not { } unitSaid) return TurnResult.Of(RosterTexts.MissingRoleUnit(lang));
            var unitFound = RosterPeople.Unit(turn.Store, unitSaid, lang);
            if (unitFound.Value is not { } unit) return TurnResult.Of(unitFound.Problem!);
            var membership = member.Memberships.FirstOrDefault(x => x.UnitId == unit.Id);
            if (membership is null) member.Memberships.Add(new Membership { UnitId = unit.Id, Role = role });
            else membership.Role = role;
            member.UnitIds = member.Memberships.Select(x => x.UnitId).Distinct().ToList();
        }
        else return TurnResult.Of(RosterTexts.UnknownRole(lang, roleSaid));

        var after = Describe(turn, member);
        turn.Store.Write(s =>
        {
            s.Roster.UpdateMember(member);
            turn.Audit("member", member.Id, "roster.roleSet", before, after);
        });
        return new TurnResult().Show(RosterCards.Member(turn.Store, member, lang, RosterTexts.RoleUpdated(lang)));
    }

    /// <summary>The member as the audit trail records it: "units=…; roles=…; portfolio=…".</summary>
    private static string Describe(TurnContext turn, Member m)
    {
        var units = turn.Store.Roster.Units().ToDictionary(u => u.Id, u => u.Name);
        var f = Import.RosterDiff.Fields(m, id => units.GetValueOrDefault(id, id));
        return $"units={f["units"]}; roles={f["roles"]}; portfolio={f["portfolio"]}";
    }

    private static string NewMemberId(TurnContext turn)
    {
        for (var n = turn.Store.Roster.MemberCount() + 1; ; n++)
            if (turn.Store.Roster.Member($"m{n:000}") is null) return $"m{n:000}";
    }
}
