using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Scoring;

namespace ChatBot.Dialogs.Features.Bulletin;

/// <summary>
/// A bulletin as a draft (from figures), as a card (the draft with numbered lines and 发布, or the posted
/// bulletin) and as text. Everything is a function of the draft's data: the same draft renders the same.
/// </summary>
public static class BulletinRender
{
    public static BulletinDraft FromSheet(ScoreSheet sheet, Lang lang)
    {
        var ranked = sheet.Units.Where(u => u.Due > 0).ToList();
        var lines = new List<BulletinLine>();
        foreach (var u in sheet.Units.Where(u => u.OverdueNow > 0).OrderByDescending(u => u.OverdueNow).ThenBy(u => u.UnitName, StringComparer.Ordinal))
            lines.Add(new BulletinLine { Kind = BulletinLine.Overdue, Text = BulletinTexts.OverdueLine(lang, u.UnitName, u.OverdueNumbers) });
        foreach (var (unit, miss) in sheet.Units.SelectMany(u => u.RelayNotHeld.Select(n => (u.UnitName, n)))
                     .OrderBy(x => x.n.Due).ThenBy(x => x.UnitName, StringComparer.Ordinal).ThenBy(x => x.n.MeetingTitle, StringComparer.Ordinal))
            lines.Add(new BulletinLine { Kind = BulletinLine.Relay, Text = BulletinTexts.RelayLine(lang, unit, miss.MeetingTitle, miss.Due) });
        return new BulletinDraft
        {
            Year = sheet.Year,
            Month = sheet.Month,
            AsOf = sheet.AsOf,
            Locale = lang == Lang.En ? "en-US" : "zh-CN",
            Intro = BulletinTexts.Intro(lang, sheet.Year, sheet.Month, sheet.AsOf, sheet.Units.Count, sheet.Due, sheet.OnTime, sheet.OnTimeRate),
            Ranking = ranked.Select((u, i) => new BulletinRank
            {
                Rank = i + 1, UnitName = u.UnitName, Due = u.Due, OnTime = u.OnTime, Late = u.Late, Overdue = u.OverdueNow,
                Rate = BulletinTexts.Percent(u.OnTimeRate), Score = u.Score,
            }).ToList(),
            Unranked = sheet.Units.Count - ranked.Count,
            Lines = lines,
        };
    }

    public static Lang LangOf(BulletinDraft d) => LangExtensions.FromLocale(d.Locale);

    /// <param name="editable">The draft for the office: numbered lines, the edit hint and 发布. Otherwise the bulletin as posted.</param>
    public static JsonObject Card(BulletinDraft d, bool editable, string? expiresLocal = null, string? title = null) => Card(d, editable, out _, expiresLocal, title);

    /// <param name="cut">Set when the card could not hold the whole ranking.</param>
    public static JsonObject Card(BulletinDraft d, bool editable, out bool cut, string? expiresLocal = null, string? title = null)
    {
        var lang = LangOf(d);
        var head = new List<JsonNode>
        {
            AdaptiveCard.Text(title ?? (editable ? BulletinTexts.DraftTitle(lang, d.Year, d.Month) : BulletinTexts.Title(lang, d.Year, d.Month)), bold: true, size: "Medium"),
            AdaptiveCard.Text(d.Intro),
            AdaptiveCard.Text(BulletinTexts.RankingHeading(lang), bold: true),
        };
        var tail = new List<JsonNode> { AdaptiveCard.Text(BulletinTexts.LinesHeading(lang), bold: true) };
        if (d.Lines.Count == 0) tail.Add(AdaptiveCard.Text(BulletinTexts.NoLines(lang), subtle: true));
        tail.AddRange(d.Lines.Select((l, i) => (JsonNode)AdaptiveCard.Text(editable ? $"{i + 1}. {l.Text}" : "• " + l.Text)));
        if (d.Unranked > 0) tail.Add(AdaptiveCard.Text(BulletinTexts.Unranked(lang, d.Unranked), subtle: true));
        if (editable) tail.Add(AdaptiveCard.Text(BulletinTexts.EditHint(lang), subtle: true));
        if (expiresLocal is not null) tail.Add(AdaptiveCard.Text(expiresLocal, size: "Small", subtle: true));

        // The ranking fills what the card has room for; the text of the bulletin has all of it.
        var rows = d.Ranking.Select(r => (JsonNode)AdaptiveCard.Text(BulletinTexts.RankRow(lang, r), size: "Small")).ToList();
        if (rows.Count == 0) rows.Add(AdaptiveCard.Text(BulletinTexts.NoRanking(lang), subtle: true));
        var used = CardSize.Bytes(head) + CardSize.Bytes(tail) + 600;
        var fit = CardSize.HowManyFit(rows, used);
        var body = new List<JsonNode>(head);
        body.AddRange(rows.Take(fit));
        cut = fit < rows.Count;
        if (cut) body.Add(AdaptiveCard.Text(BulletinTexts.RankingCut(lang, rows.Count - fit), subtle: true));
        body.AddRange(tail);
        var card = AdaptiveCard.New([.. body]);
        if (editable && d.Id.Length > 0)
            card.WithActions(AdaptiveCard.Submit(BulletinTexts.Post(lang), BulletinCapability.Post, new JsonObject { ["draftId"] = d.Id }));
        return CardSize.Guard(card);
    }

    /// <summary>The bulletin as one message's text (markdown), with the whole ranking.</summary>
    public static string Text(BulletinDraft d)
    {
        var lang = LangOf(d);
        var sb = new StringBuilder();
        sb.Append("**").Append(BulletinTexts.Title(lang, d.Year, d.Month)).Append("**\n\n");
        sb.Append(d.Intro).Append("\n\n");
        sb.Append("**").Append(BulletinTexts.RankingHeading(lang)).Append("**\n\n");
        if (d.Ranking.Count == 0) sb.Append(BulletinTexts.NoRanking(lang)).Append("\n\n");
        foreach (var r in d.Ranking) sb.Append(BulletinTexts.RankShort(lang, r)).Append("  \n");
        if (d.Unranked > 0) sb.Append('\n').Append(BulletinTexts.Unranked(lang, d.Unranked)).Append('\n');
        sb.Append("\n**").Append(BulletinTexts.LinesHeading(lang)).Append("**\n\n");
        if (d.Lines.Count == 0) sb.Append(BulletinTexts.NoLines(lang)).Append('\n');
        foreach (var l in d.Lines) sb.Append("- ").Append(l.Text).Append('\n');
        return sb.ToString().TrimEnd();
    }
}
