using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.OpenItems;

/// <summary>
/// The 我的待办 card: traffic-lit items with their actions, a per-unit summary for the office, paged
/// by a start index so each page stays under Teams' card size whatever the task texts' length.
/// </summary>
internal static class OpenItemsCard
{
    public const int MaxItemsPerPage = 15;

    /// <summary>The card for items[from..] and how many of them it shows.</summary>
    public static (JsonObject Card, int Shown) Build(Lang lang, Member member, IReadOnlyList<OpenItemsQuery.Item> items, OpenItemsFilter filter, DateOnly today, int from)
    {
        from = Math.Clamp(from, 0, Math.Max(0, items.Count - 1));
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(OpenItemsTexts.Title(lang, items.Count, filter), bold: true, size: "Medium"),
            AdaptiveCard.Text(OpenItemsTexts.Scope(lang, member, filter), subtle: true),
        };
        if (member.IsOffice && from == 0 && items.Count > 0 && filter.Unit is null)
        {
            body.Add(AdaptiveCard.Text(OpenItemsTexts.UnitSummary(lang), bold: true));
            body.Add(AdaptiveCard.Facts(items.GroupBy(i => i.UnitName)
                .OrderByDescending(g => g.Count(i => i.Light == TrafficLight.Red)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, Summary(g.ToList())))));
        }

        // Room for the footer and the paging action, which are added after the items.
        var used = CardSize.Envelope + body.Sum(n => CardSize.Bytes(n) + 1) + 600;
        var shown = 0;
        for (var i = from; i < items.Count && shown < MaxItemsPerPage; i++)
        {
            var node = ItemBlock(lang, member, items[i], today);
            var size = CardSize.Bytes(node) + 1;
            if (shown > 0 && used + size > CardSize.BudgetBytes) break;
            body.Add(node);
            used += size;
            shown++;
        }

        var next = from + shown;
        if (next < items.Count || from > 0)
            body.Add(AdaptiveCard.Text(OpenItemsTexts.Showing(lang, from + 1, next, items.Count), subtle: true));
        var card = AdaptiveCard.New(body.ToArray());
        if (next < items.Count)
            card.WithActions(AdaptiveCard.Submit(OpenItemsTexts.NextPage(lang), OpenItemsCapability.OpenItems, PagingData(filter, next)));
        return (card, shown);
    }

    private static JsonObject ItemBlock(Lang lang, Member member, OpenItemsQuery.Item item, DateOnly today)
    {
        var a = item.Assignment;
        var mark = a.IsOpen ? item.Light.Emoji() : "✅";
        var headline = $"{mark} **{ItemTexts.Item(lang, a.Number)}** · {item.UnitName} · {OpenItemsTexts.Due(lang, a, today)}";
        var detail = OpenItemsTexts.StatusLine(lang, a);
        var items = new List<JsonNode>
        {
            AdaptiveCard.Text(headline, color: a.IsOpen ? item.Light.Color() : null),
            AdaptiveCard.Text(ItemTexts.Short(a.Task)),
        };
        if (detail is not null) items.Add(AdaptiveCard.Text(detail, subtle: true));
        var actions = ItemActions.For(lang, member, a);
        if (actions.Length > 0) items.Add(AdaptiveCard.ActionSet(actions));
        return AdaptiveCard.Container(items, separator: true);
    }

    private static JsonObject PagingData(OpenItemsFilter filter, int from)
    {
        var data = new JsonObject { ["from"] = from };
        if (filter.Due != DueFilter.Any) data["due"] = filter.Due.ToString();
        if (filter.Status != StatusFilter.Open) data["status"] = filter.Status.ToString();
        if (filter.UnitWords is not null) data["unit"] = filter.UnitWords;
        if (filter.MeetingWords is not null) data["meeting"] = filter.MeetingWords;
        return data;
    }

    private static string Summary(List<OpenItemsQuery.Item> items)
    {
        var red = items.Count(i => i.Light == TrafficLight.Red);
        var yellow = items.Count(i => i.Light == TrafficLight.Yellow);
        return $"{items.Count}" + (red > 0 ? $" · 🔴{red}" : "") + (yellow > 0 ? $" · 🟡{yellow}" : "");
    }
}
