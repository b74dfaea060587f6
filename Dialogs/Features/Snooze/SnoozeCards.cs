using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Snooze;

/// <summary>The 稍后提醒 row every reminder card carries, and the card a snooze leaves in its place.</summary>
public static class SnoozeCards
{
    /// <summary>"稍后提醒：" and the three buttons, each carrying the reminder's key and subject.</summary>
    public static IEnumerable<JsonNode> Row(Lang lang, string reminderKey, string subject)
    {
        yield return AdaptiveCard.Text(SnoozeTexts.Label(lang), subtle: true, size: "Small");
        yield return AdaptiveCard.ActionSet([.. SnoozeTime.All.Select(choice => (JsonNode)AdaptiveCard.Submit(SnoozeTexts.Choice(lang, choice), SnoozeCapability.Snooze,
            new JsonObject { ["rk"] = reminderKey, ["subject"] = subject, ["until"] = choice }))]);
    }

    /// <summary>The reminder card once snoozed: what it was about, until when, and the buttons to change the time.</summary>
    public static JsonObject Snoozed(Lang lang, string about, DateTimeOffset untilLocal, string reminderKey, string subject)
    {
        var card = AdaptiveCard.New(
            AdaptiveCard.Text(SnoozeTexts.SnoozedTitle(lang), bold: true, size: "Medium"),
            AdaptiveCard.Text(about),
            AdaptiveCard.Text(SnoozeTexts.Snoozed(lang, untilLocal), color: "Good"));
        foreach (var node in Row(lang, reminderKey, subject)) ((JsonArray)card["body"]!).Add(node);
        card["lang"] = lang.Pick("zh", "en");
        return card;
    }
}
