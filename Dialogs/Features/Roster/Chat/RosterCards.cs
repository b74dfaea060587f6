using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Roster.Matching;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Roster.Chat;

/// <summary>Cards that show a member, a unit, or the people waiting to be matched.</summary>
internal static class RosterCards
{
    /// <summary>Teams caps a card at about 28 KB: the bind card offers a short list of likely members.</summary>
    private const int MaxChoices = 30;

    public static JsonObject Member(IStore store, Member m, Lang lang, string title)
    {
        var units = store.Roster.Units().ToDictionary(u => u.Id, u => u.Name);
        string Name(string id) => units.GetValueOrDefault(id, id);
        var facts = new List<(string, string)>
        {
            (RosterTexts.NameLabel(lang), m.Name),
            (RosterTexts.UnitsLabel(lang), m.Memberships.Count == 0 ? "—"
                : RosterTexts.List(lang, m.Memberships.Select(x => RosterTexts.WithDetail(lang, Name(x.UnitId), RosterRoles.Show(x.Role, lang))))),
        };
        if (m.BureauRoles.Count > 0) facts.Add((RosterTexts.BureauRolesLabel(lang), RosterTexts.List(lang, m.BureauRoles.Select(r => RosterRoles.Show(r, lang)))));
        if (m.Portfolio.Count > 0) facts.Add((RosterTexts.PortfolioLabel(lang), RosterTexts.List(lang, m.Portfolio.Select(Name))));
        if (m.Email is not null) facts.Add((RosterTexts.EmailLabel(lang), m.Email));
        if (m.Phone is not null) facts.Add((RosterTexts.PhoneLabel(lang), m.Phone));
        facts.Add(("Teams", RosterTexts.Linked(lang, m.ChannelUserId is not null)));
        return AdaptiveCard.New(AdaptiveCard.Text(title, bold: true, size: "Medium"), AdaptiveCard.Facts(facts));
    }

    public static JsonObject Unit(IStore store, Unit u, Lang lang, string title)
    {
        var members = store.Roster.MembersOf(u.Id).ToList();
        string Who(UnitRole role) => members.Where(m => m.HasRole(u.Id, role)).Select(m => m.Name) is var names && names.Any()
            ? RosterTexts.List(lang, names) : "—";
        var facts = new List<(string, string)>
        {
            (RosterTexts.UnitLabel(lang), u.Name),
            (RosterTexts.AliasesLabel(lang), u.Aliases.Count == 0 ? "—" : RosterTexts.List(lang, u.Aliases)),
            (RosterTexts.HeadLabel(lang), Who(UnitRole.Head)),
            (RosterTexts.DeputyLabel(lang), Who(UnitRole.Deputy)),
            (RosterTexts.LiaisonLabel(lang), Who(UnitRole.Liaison)),
            (RosterTexts.MembersLabel(lang), members.Count.ToString()),
        };
        if (!string.IsNullOrEmpty(u.Kind)) facts.Insert(1, (RosterTexts.KindLabel(lang), u.Kind));
        return AdaptiveCard.New(AdaptiveCard.Text(title, bold: true, size: "Medium"), AdaptiveCard.Facts(facts));
    }

    /// <summary>Each unmatched person with a choice of roster members and a bind button.</summary>
    public static JsonObject Unmatched(IStore store, IReadOnlyList<UnmatchedUser> users, Lang lang, BureauClock clock)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Text(RosterTexts.UnmatchedTitle(lang, users.Count), bold: true, size: "Medium"),
            AdaptiveCard.Text(RosterTexts.UnmatchedHint(lang), subtle: true),
        };
        var units = store.Roster.Units().ToDictionary(u => u.Id, u => u.Name);
        var unbound = store.Roster.Members().Where(m => m.ChannelUserId == null).ToList();
        for (var i = 0; i < users.Count; i++)
        {
            var user = users[i];
            var input = $"bind_{i}";
            var seen = clock.ToLocal(user.FirstSeen).ToString("yyyy-MM-dd HH:mm");
            var choices = Likely(unbound, user).Take(MaxChoices).Select(m => (JsonNode)new JsonObject
            {
                ["title"] = RosterTexts.WithDetail(lang, m.Name, RosterTexts.List(lang, m.UnitIds.Select(id => units.GetValueOrDefault(id, id)))),
                ["value"] = m.Id,
            }).ToArray();
            body.Add(AdaptiveCard.Container(
            [
                AdaptiveCard.Text($"{user.Name ?? "?"} · {user.Email ?? user.AadObjectId ?? user.Id}", bold: true),
                AdaptiveCard.Text(RosterTexts.FirstSeen(lang, seen), subtle: true),
                new JsonObject
                {
                    ["type"] = "Input.ChoiceSet", ["id"] = input, ["style"] = "filtered",
                    ["placeholder"] = RosterTexts.ChooseMember(lang),
                    ["choices"] = new JsonArray(choices),
                },
                AdaptiveCard.ActionSet(AdaptiveCard.Submit(RosterTexts.LinkAction(lang), RosterMaintenanceCapability.Change,
                    new JsonObject { ["action"] = "bind", ["value"] = user.Id, ["input"] = input })),
            ], separator: true));
        }
        return AdaptiveCard.New(body.ToArray());
    }

    /// <summary>Members whose name is the account's name first, then those sharing characters with it.</summary>
    private static IEnumerable<Member> Likely(List<Member> members, UnmatchedUser user)
    {
        var name = user.Name ?? "";
        return members.OrderByDescending(m => m.Name == name ? 1000 : m.Name.Count(name.Contains)).ThenBy(m => m.Name, StringComparer.Ordinal);
    }
}
