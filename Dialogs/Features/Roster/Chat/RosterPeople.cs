using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Roster.Chat;

/// <summary>Finds the member or unit a user named, or says why not (unknown, or several people of that name).</summary>
internal static class RosterPeople
{
    public sealed record Found<T>(T? Value, string? Problem) where T : class;

    public static Found<Member> Member(IStore store, string said, Lang lang)
    {
        var s = said.Trim();
        if (store.Roster.Member(s) is { } byId) return new(byId, null);
        var email = s.ToLowerInvariant();
        if (store.Roster.MemberByEmail(email) is { } byEmail) return new(byEmail, null);
        var named = store.Roster.MembersNamed(s).ToList();
        if (named.Count == 1) return new(named[0], null);
        if (named.Count == 0) return new(null, RosterTexts.UnknownMember(lang, s));
        var units = store.Roster.Units().ToDictionary(u => u.Id, u => u.Name);
        return new(null, RosterTexts.AmbiguousMember(lang, s,
            named.Select(m => $"{m.Name}（{string.Join("/", m.UnitIds.Select(id => units.GetValueOrDefault(id, id)))}{(m.Email is null ? "" : " " + m.Email)}）")));
    }

    public static Found<Unit> Unit(IStore store, string said, Lang lang) =>
        MemberDirectory.FindUnit(store, said) is { } unit ? new(unit, null) : new(null, RosterTexts.UnknownUnit(lang, said.Trim()));

    public static List<string> OfficeNames(IStore store) =>
        store.Roster.Members().Where(m => m.IsOffice).OrderBy(m => m.Id, StringComparer.Ordinal).Select(m => m.Name).ToList();
}
