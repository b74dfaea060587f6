using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Delivery;

/// <summary>The office's delivery report: counts, the unreached by name, failures with their reason, and 重发未送达.</summary>
internal static class DeliveryReportCard
{
    public static JsonObject Build(Lang lang, Meeting meeting, DeliverySummary s, int round)
    {
        var title = DeliveryTexts.Title(lang, meeting.Title) + (round > 0 ? $"（{DeliveryTexts.Resent(lang, round)}）" : "");
        var facts = new List<(string, string)> { (DeliveryTexts.DeliveredLabel(lang), DeliveryTexts.People(lang, s.Delivered.Count)) };
        if (s.Trying.Count > 0) facts.Add((DeliveryTexts.TryingLabel(lang), DeliveryTexts.People(lang, s.Trying.Count)));
        // Never installed and removed/blocked are different errands for the office: an install, or a conversation.
        var removed = s.Unreached.Where(u => u.Problem == DeliveryProblem.AppRemoved).Select(u => u.Name).ToList();
        var waiting = s.Unreached.Where(u => u.Problem != DeliveryProblem.AppRemoved).Select(u => u.Name).ToList();
        facts.Add((DeliveryTexts.UnreachedLabel(lang), DeliveryTexts.People(lang, waiting.Count)));
        if (removed.Count > 0) facts.Add((DeliveryTexts.RemovedLabel(lang), DeliveryTexts.People(lang, removed.Count)));
        facts.Add((DeliveryTexts.FailedLabel(lang), DeliveryTexts.People(lang, s.Failed.Count)));
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(title, bold: true, size: "Medium"),
            AdaptiveCard.Facts(facts),
        };
        var separator = lang.Pick("、", ", ");
        if (waiting.Count > 0)
            body.Add(AdaptiveCard.Container(
            [
                AdaptiveCard.Text(DeliveryTexts.UnreachedHeading(lang), bold: true),
                AdaptiveCard.Text(string.Join(separator, waiting)),
                AdaptiveCard.Text(DeliveryTexts.UnreachedHint(lang), subtle: true, size: "Small"),
            ], separator: true));
        if (removed.Count > 0)
            body.Add(AdaptiveCard.Container(
            [
                AdaptiveCard.Text(DeliveryTexts.RemovedHeading(lang), bold: true),
                AdaptiveCard.Text(string.Join(separator, removed)),
                AdaptiveCard.Text(DeliveryTexts.RemovedHint(lang), subtle: true, size: "Small"),
            ], separator: true));
        if (s.Failed.Count > 0)
        {
            var rows = new List<JsonNode> { AdaptiveCard.Text(DeliveryTexts.FailedHeading(lang), bold: true) };
            rows.AddRange(s.Failed.Select(f => (JsonNode)AdaptiveCard.Text($"{f.Name}{lang.Pick("：", ": ")}{DeliveryTexts.Reason(lang, f.Problem, f.StatusCode)}")));
            body.Add(AdaptiveCard.Container(rows, separator: true));
        }
        if (s.People > 0 && s.Delivered.Count == s.People) body.Add(AdaptiveCard.Text(DeliveryTexts.AllDelivered(lang), color: "Good"));
        var data = new JsonObject { ["meeting"] = meeting.Id };
        return CardSize.Guard(AdaptiveCard.New(body.ToArray()).WithActions(
            s.AnyUnreached ? AdaptiveCard.Submit(DeliveryTexts.ResendButton(lang), DeliveryCapability.Resend, data) : null,
            AdaptiveCard.Submit(DeliveryTexts.RefreshButton(lang), DeliveryCapability.Report, data)));
    }
}
