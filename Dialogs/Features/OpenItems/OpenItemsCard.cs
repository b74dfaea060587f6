using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.OpenItems;

/// <summary>The 我的待办 card: traffic-lit items, a per-unit summary for the office, paged to stay under Teams' card size.</summary>
internal static class OpenItemsCard
{
    public const int PageSize = 15;

    public static JsonObject Build(Lang lang, Member member, IReadOnlyList<OpenItemsQuery.Item> items, DueFilter due, DateOnly today, int page)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(OpenItemsTexts.Title(lang, items.Count, due), bold: true, size: "Medium"),
            AdaptiveCard.Text(OpenItemsTexts.Scope(lang, member), subtle: true),
        };
        if (member.IsOffice && page == 0 && items.Count > 0)
        {
            body.Add(AdaptiveCard.Text(OpenItemsTexts.UnitSummary(lang), bold: true));
            body.Add(AdaptiveCard.Facts(items.GroupBy(i => i.UnitName)
                .OrderByDescending(g => g.Count(i => i.Light == TrafficLight.Red)).ThenByDescending(g => g.Count())
                .Select(g => (g.Key, Summary(g.ToList())))));
        }
        var pageItems = items.Skip(page * PageSize).Take(PageSize).ToList();
        foreach (var item in pageItems)
        {
            var a = item.Assignment;
            body.Add(AdaptiveCard.Container(
            [
                AdaptiveCard.Text($"{item.Light.Emoji()} **{OpenItemsTexts.Item(lang, a.Number)}** · {item.UnitName} · {OpenItemsTexts.Due(lang, a, today)}", color: item.Light.Color()),
                AdaptiveCard.Text(a.Task),
            ], separator: true));
        }
        var shown = Math.Min(items.Count, (page + 1) * PageSize);
        var card = AdaptiveCard.New(body.ToArray());
        if (shown < items.Count)
        {
            body.Add(AdaptiveCard.Text(OpenItemsTexts.More(lang, shown, items.Count), subtle: true));
            card = AdaptiveCard.New(body.ToArray()).WithActions(
                AdaptiveCard.Submit(OpenItemsTexts.NextPage(lang), Intents.OpenItems, new JsonObject { ["page"] = page + 1, ["due"] = due.ToString() }));
        }
        return card;
    }

    private static string Summary(List<OpenItemsQuery.Item> items)
    {
        var red = items.Count(i => i.Light == TrafficLight.Red);
        var yellow = items.Count(i => i.Light == TrafficLight.Yellow);
        return $"{items.Count}" + (red > 0 ? $" · 🔴{red}" : "") + (yellow > 0 ? $" · 🟡{yellow}" : "");
    }
}
