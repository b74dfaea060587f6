using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Roster.Chat;

/// <summary>Lookups anyone may make: who heads (or is deputy or liaison of) a unit, and which unit am I in.</summary>
public sealed class RosterLookupFeature : ITurnFeature
{
    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct) =>
        Task.FromResult(intent.Name == RosterLookupCapability.MyUnit ? MyUnit(turn) : WhoIs(turn, new RosterSlots(turn, intent)));

    private static TurnResult WhoIs(TurnContext turn, RosterSlots slots)
    {
        var lang = turn.Lang;
        if (slots["unit"] is not { } said) return TurnResult.Of(RosterTexts.WhichUnit(lang));
        var found = RosterPeople.Unit(turn.Store, said, lang);
        if (found.Value is not { } unit) return TurnResult.Of(found.Problem!);

        if (RosterRoles.ParseBureauRole(slots["role"]) == BureauRole.Leader) return LeaderOf(turn, unit);
        UnitRole[] roles = slots["role"] is { } r && RosterRoles.ParseUnitRole(r) is { } one and not UnitRole.Staff
            ? [one] : [UnitRole.Head, UnitRole.Deputy, UnitRole.Liaison];
        var members = turn.Store.Roster.MembersOf(unit.Id).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var lines = roles.Select(role =>
        {
            var who = members.Where(m => m.HasRole(unit.Id, role)).Select(m => m.Name).ToList();
            var name = RosterRoles.Show(role, lang);
            return who.Count == 0 ? RosterTexts.NoWhoIs(lang, unit.Name, name)
                : RosterTexts.WhoIs(lang, unit.Name, name, Capital(name), who);
        });
        return TurnResult.Of(string.Join("\n\n", lines));
    }

    /// <summary>分管领导: the leaders whose portfolio holds the unit.</summary>
    private static TurnResult LeaderOf(TurnContext turn, Unit unit)
    {
        var lang = turn.Lang;
        var leaders = turn.Store.Roster.Members().Where(m => m.IsLeader && m.Portfolio.Contains(unit.Id)).Select(m => m.Name).ToList();
        var role = RosterRoles.Show(BureauRole.Leader, lang);
        return TurnResult.Of(leaders.Count == 0 ? RosterTexts.NoWhoIs(lang, unit.Name, role)
            : RosterTexts.LeadersOf(lang, unit.Name, leaders));
    }

    private static TurnResult MyUnit(TurnContext turn)
    {
        var lang = turn.Lang;
        var me = turn.Member;
        if (me.Memberships.Count == 0 && me.BureauRoles.Count == 0) return TurnResult.Of(RosterTexts.NoUnitOfMine(lang, me.Name));
        var units = turn.Store.Roster.Units().ToDictionary(u => u.Id, u => u.Name);
        string Name(string id) => units.GetValueOrDefault(id, id);
        var parts = me.Memberships.Select(x => RosterTexts.WithDetail(lang, Name(x.UnitId), RosterRoles.Show(x.Role, lang))).ToList();
        var text = RosterTexts.MyUnits(lang, me.Name, parts);
        if (me.BureauRoles.Count > 0)
            text += RosterTexts.MyBureauRoles(lang, me.BureauRoles.Select(r => RosterRoles.Show(r, lang)));
        if (me.Portfolio.Count > 0)
            text += RosterTexts.MyPortfolio(lang, me.Portfolio.Select(Name));
        return TurnResult.Of(text);
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
