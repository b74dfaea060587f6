using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Roster.Chat;

/// <summary>添加单位 / 添加别名 / 更名 / 删除单位: unit changes, each audited and answered with the unit's card.</summary>
internal static class UnitEdits
{
    private static readonly string[] Kinds = ["大队", "中队", "中心", "科", "处", "办", "室", "站", "所", "队", "局"];

    public static TurnResult Add(TurnContext turn, RosterSlots slots)
    {
        var lang = turn.Lang;
        if (slots["unit"] is not { } name) return TurnResult.Of(RosterTexts.MissingUnitName(lang));
        if (MemberDirectory.FindUnit(turn.Store, name) is not null) return TurnResult.Of(RosterTexts.UnitExists(lang, name));
        var unit = new Unit
        {
            Id = NewUnitId(turn),
            Name = name,
            Kind = slots["value"] ?? Kinds.FirstOrDefault(name.EndsWith) ?? "",
        };
        turn.Store.Write(s =>
        {
            s.Roster.UpsertUnit(unit);
            turn.Audit("unit", unit.Id, "roster.unitAdded", null, unit.Name);
        });
        return Show(turn, unit, RosterTexts.UnitAdded(lang));
    }

    public static TurnResult AddAlias(TurnContext turn, RosterSlots slots)
    {
        var lang = turn.Lang;
        if (Resolve(turn, slots) is not { } unit) return TurnResult.Of(Problem(turn, slots));
        if (slots["value"] is not { } alias) return TurnResult.Of(RosterTexts.MissingAlias(lang));
        if (MemberDirectory.FindUnit(turn.Store, alias) is not null) return TurnResult.Of(RosterTexts.UnitExists(lang, alias));
        var before = string.Join(";", unit.Aliases);
        unit.Aliases.Add(alias);
        turn.Store.Write(s =>
        {
            s.Roster.UpdateUnit(unit);
            turn.Audit("unit", unit.Id, "roster.aliasAdded", before, string.Join(";", unit.Aliases));
        });
        return Show(turn, unit, RosterTexts.AliasAdded(lang));
    }

    /// <summary>The old name stays as an alias, so texts and people using it still find the unit.</summary>
    public static TurnResult Rename(TurnContext turn, RosterSlots slots)
    {
        var lang = turn.Lang;
        if (Resolve(turn, slots) is not { } unit) return TurnResult.Of(Problem(turn, slots));
        if (slots["value"] is not { } name) return TurnResult.Of(RosterTexts.MissingNewName(lang));
        if (MemberDirectory.FindUnit(turn.Store, name) is { } other && other.Id != unit.Id) return TurnResult.Of(RosterTexts.UnitExists(lang, name));
        var before = unit.Name;
        unit.Aliases.Remove(name);
        if (!unit.Aliases.Contains(before)) unit.Aliases.Add(before);
        unit.Name = name;
        turn.Store.Write(s =>
        {
            s.Roster.UpdateUnit(unit);
            turn.Audit("unit", unit.Id, "roster.unitRenamed", before, name);
        });
        return Show(turn, unit, RosterTexts.UnitRenamed(lang));
    }

    public static TurnResult Remove(TurnContext turn, RosterSlots slots)
    {
        var lang = turn.Lang;
        if (Resolve(turn, slots) is not { } unit) return TurnResult.Of(Problem(turn, slots));
        var open = OpenWork.ForUnit(turn.Store, unit.Id);
        if (open.Count > 0) return TurnResult.Of(RosterTexts.HasOpenItems(lang, unit.Name, OpenWork.Describe(open, lang)));
        var members = turn.Store.Roster.MembersOf(unit.Id).Select(m => m.Name).ToList();
        if (members.Count > 0)
            return TurnResult.Of(RosterTexts.UnitHasMembers(lang, unit.Name, members));
        var card = RosterCards.Unit(turn.Store, unit, lang, RosterTexts.UnitRemoved(lang));
        turn.Store.Write(s =>
        {
            s.Roster.DeleteUnit(unit.Id);
            turn.Audit("unit", unit.Id, "roster.unitRemoved", unit.Name, null);
            // A leader's portfolio must not point at a unit that is gone.
            foreach (var leader in s.Roster.Members().Where(m => m.Portfolio.Contains(unit.Id)).ToList())
            {
                leader.Portfolio.Remove(unit.Id);
                s.Roster.UpdateMember(leader);
                turn.Audit("member", leader.Id, "roster.portfolioChanged", unit.Name, null);
            }
        });
        return new TurnResult().Show(card);
    }

    private static Unit? Resolve(TurnContext turn, RosterSlots slots) =>
        slots["unit"] is { } said ? MemberDirectory.FindUnit(turn.Store, said) : null;

    private static string Problem(TurnContext turn, RosterSlots slots) =>
        slots["unit"] is { } said ? RosterTexts.UnknownUnit(turn.Lang, said) : RosterTexts.MissingUnit(turn.Lang);

    private static TurnResult Show(TurnContext turn, Unit unit, string title) =>
        new TurnResult().Show(RosterCards.Unit(turn.Store, unit, turn.Lang, title));

    private static string NewUnitId(TurnContext turn)
    {
        for (var n = turn.Store.Roster.UnitCount() + 1; ; n++)
            if (turn.Store.Roster.Unit($"u{n:000}") is null) return $"u{n:000}";
    }
}
