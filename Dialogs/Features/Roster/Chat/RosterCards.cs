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

    public static JsonObject Member(TaskStore store, Member m, Lang lang, string title)
    {
        var units = store.Units.FindAll().ToDictionary(u => u.Id, u => u.Name);
        string Name(string id) => units.GetValueOrDefault(id, id);
        var facts = new List<(string, string)>
        {
            (lang.Pick("姓名", "Name"), m.Name),
            (lang.Pick("单位", "Units"), m.Memberships.Count == 0 ? "—"
                : RosterTexts.List(lang, m.Memberships.Select(x => $"{Name(x.UnitId)}（{RosterRoles.Show(x.Role, lang)}）"))),
        };
        if (m.BureauRoles.Count > 0) facts.Add((lang.Pick("局级角色", "Bureau roles"), RosterTexts.List(lang, m.BureauRoles.Select(r => RosterRoles.Show(r, lang)))));
        if (m.Portfolio.Count > 0) facts.Add((lang.Pick("分管单位", "Portfolio"), RosterTexts.List(lang, m.Portfolio.Select(Name))));
        if (m.Email is not null) facts.Add((lang.Pick("邮箱", "Email"), m.Email));
        if (m.Phone is not null) facts.Add((lang.Pick("电话", "Phone"), m.Phone));
        facts.Add(("Teams", m.ChannelUserId is null ? lang.Pick("尚未绑定", "not linked yet") : lang.Pick("已绑定", "linked")));
        return AdaptiveCard.New(AdaptiveCard.Text(title, bold: true, size: "Medium"), AdaptiveCard.Facts(facts));
    }

    public static JsonObject Unit(TaskStore store, Unit u, Lang lang, string title)
    {
        var members = store.Members.Find(m => m.UnitIds.Contains(u.Id)).ToList();
        string Who(UnitRole role) => members.Where(m => m.HasRole(u.Id, role)).Select(m => m.Name) is var names && names.Any()
            ? RosterTexts.List(lang, names) : "—";
        var facts = new List<(string, string)>
        {
            (lang.Pick("单位", "Unit"), u.Name),
            (lang.Pick("别名", "Aliases"), u.Aliases.Count == 0 ? "—" : RosterTexts.List(lang, u.Aliases)),
            (lang.Pick("负责人", "Head"), Who(UnitRole.Head)),
            (lang.Pick("副职", "Deputy"), Who(UnitRole.Deputy)),
            (lang.Pick("联络员", "Liaison"), Who(UnitRole.Liaison)),
            (lang.Pick("人数", "Members"), members.Count.ToString()),
        };
        if (!string.IsNullOrEmpty(u.Kind)) facts.Insert(1, (lang.Pick("类别", "Kind"), u.Kind));
        return AdaptiveCard.New(AdaptiveCard.Text(title, bold: true, size: "Medium"), AdaptiveCard.Facts(facts));
    }

    /// <summary>Each unmatched person with a choice of roster members and a bind button.</summary>
    public static JsonObject Unmatched(TaskStore store, IReadOnlyList<UnmatchedUser> users, Lang lang, BureauClock clock)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Text(lang.Pick($"未匹配人员（{users.Count}）", $"Unmatched people ({users.Count})"), bold: true, size: "Medium"),
            AdaptiveCard.Text(lang.Pick("为每个人选择名册中的成员并绑定；也可以说“绑定 张三 <Teams账号>”。",
                "Choose the roster member for each person and link them, or say \"bind 张三 <account>\"."), subtle: true),
        };
        var units = store.Units.FindAll().ToDictionary(u => u.Id, u => u.Name);
        var unbound = store.Members.Find(m => m.ChannelUserId == null).ToList();
        for (var i = 0; i < users.Count; i++)
        {
            var user = users[i];
            var input = $"bind_{i}";
            var seen = clock.ToLocal(user.FirstSeen).ToString("yyyy-MM-dd HH:mm");
            var choices = Likely(unbound, user).Take(MaxChoices).Select(m => (JsonNode)new JsonObject
            {
                ["title"] = $"{m.Name}（{RosterTexts.List(lang, m.UnitIds.Select(id => units.GetValueOrDefault(id, id)))}）",
                ["value"] = m.Id,
            }).ToArray();
            body.Add(AdaptiveCard.Container(
            [
                AdaptiveCard.Text($"{user.Name ?? "?"} · {user.Email ?? user.AadObjectId ?? user.Id}", bold: true),
                AdaptiveCard.Text(lang.Pick($"首次出现：{seen}", $"First seen: {seen}"), subtle: true),
                new JsonObject
                {
                    ["type"] = "Input.ChoiceSet", ["id"] = input, ["style"] = "filtered",
                    ["placeholder"] = lang.Pick("选择名册成员", "Choose a roster member"),
                    ["choices"] = new JsonArray(choices),
                },
                AdaptiveCard.ActionSet(AdaptiveCard.Submit(lang.Pick("绑定", "Link"), Conversation.Intents.RosterChange,
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
