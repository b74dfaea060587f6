using ChatBot.Dialogs.Conversation;
using System.Text.Json.Nodes;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Features.OpenItems;

namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>
/// Reminder messages as Adaptive Cards 1.5 (what Teams renders). Kept plain — title, traffic light,
/// a few facts, one button — so they read the same on desktop, mobile and the local chat page.
/// </summary>
public static class ReminderCards
{
    public static readonly string OpenItemsVerb = OpenItemsCapability.OpenItems;

    public static JsonObject Build(ReminderDue due, ReminderTexts texts) => due.Kind switch
    {
        ReminderKind.Digest => Digest(due, texts),
        ReminderKind.PersonalDigest => PersonalDigest(due, texts),
        ReminderKind.ReportAsk => Snoozable(Cadence.CadenceCards.Ask(due, texts.Lang), due, texts),
        ReminderKind.RelayChase => Snoozable(RelayChase(due, texts), due, texts),
        _ => Snoozable(Item(due, texts), due, texts),
    };

    /// <summary>The update key of a reminder's card in one member's chat: 稍后提醒 and answers replace it in place.</summary>
    public static string UpdateKey(string reminderKey, string memberId) => $"{reminderKey}:{memberId}";

    /// <summary>Every reminder about one thing carries 稍后提醒 (2 小时 / 明天 / 下周一); one brought back by a snooze says so.</summary>
    private static JsonObject Snoozable(JsonObject card, ReminderDue due, ReminderTexts texts)
    {
        if (due.Subject is not { } subject || card["body"] is not JsonArray body) return card;
        if (due.FromSnooze) body.Insert(1, AdaptiveCard.Text(texts.SnoozeOver, subtle: true, size: "Small"));
        foreach (var node in Snooze.SnoozeCards.Row(texts.Lang, due.Key, subject)) body.Add(node);
        return CardSize.Guard(card);
    }

    /// <summary>我的提醒汇总: the reminders held for one member, one line each.</summary>
    private static JsonObject PersonalDigest(ReminderDue due, ReminderTexts texts)
    {
        var body = new JsonArray
        {
            Title($"{texts.Title(ReminderKind.PersonalDigest)} · {texts.Date(due.Day)}"),
            Text(texts.HeldCount(due.Holds.Count)),
        };
        foreach (var hold in due.Holds) body.Add(AdaptiveCard.Text("• " + texts.HeldLine(hold), size: "Small"));
        return Card(body, texts);
    }

    private static JsonObject Item(ReminderDue due, ReminderTexts texts)
    {
        var body = new JsonArray
        {
            Title(texts.Title(due.Kind)),
            Light($"{texts.ItemNumber(due.Assignment?.Number ?? 0)} · {texts.Light(due)}", due.Kind),
        };
        if (due.Kind == ReminderKind.Escalation) body.Add(Text(texts.EscalationLead(due)));
        body.Add(Facts(
            (texts.TaskLabel, due.Assignment?.Task ?? ""),
            (texts.UnitLabel, due.Unit?.Name ?? due.Assignment?.UnitId ?? ""),
            (texts.DueLabel, due.Due is { } d ? texts.Date(d) : "")));
        return Card(body, texts);
    }

    private static JsonObject RelayChase(ReminderDue due, ReminderTexts texts)
    {
        var facts = new List<(string, string)>
        {
            (texts.MeetingLabel, due.Meeting?.Title ?? ""),
            (texts.UnitLabel, due.Unit?.Name ?? ""),
            (texts.DueLabel, due.Due is { } d ? texts.Date(d) : ""),
        };
        if (due.MissingForms.Count > 0) facts.Add((texts.FormsLabel, string.Join(texts.Locale == "zh-CN" ? "、" : ", ", due.MissingForms)));
        return Card(new JsonArray
        {
            Title(texts.Title(due.Kind)),
            Light(texts.Light(due), due.Kind),
            Text(texts.RelayLead),
            Facts([.. facts]),
        }, texts);
    }

    private static JsonObject Digest(ReminderDue due, ReminderTexts texts)
    {
        var body = new JsonArray
        {
            Title($"{texts.Title(ReminderKind.Digest)} · {texts.Date(due.Day)}"),
            Text(texts.DigestTotals(due.Digest.Sum(l => l.Overdue), due.Digest.Sum(l => l.DueSoon), due.Digest.Sum(l => l.RelayOutstanding))),
        };
        if (due.Digest.Sum(l => l.ReportsOverdue) is > 0 and var late) body.Add(AdaptiveCard.Text(texts.ReportsOverdueTotal(late), color: "Attention"));
        if (due.Digest.Count == 0)
        {
            body.Add(Text(texts.DigestNothing));
            return Card(body, texts);
        }
        // One line per unit; a bureau with hundreds of units gets as many as fit and a pointer to the rest.
        var lines = due.Digest.Select(l => (l.UnitName, texts.DigestLine(l))).ToList();
        var more = Text(texts.DigestMore(lines.Count, lines.Count + 1));
        var used = CardSize.Bytes(body.Select(n => n!)) + CardSize.Bytes(more) + CardSize.Bytes(AdaptiveCard.Submit(texts.OpenItems, OpenItemsVerb)) + 64;
        var shown = CardSize.HowManyFit(lines.Select(l => (System.Text.Json.Nodes.JsonNode)new JsonObject { ["title"] = l.UnitName, ["value"] = l.Item2 }), used);
        body.Add(Facts([.. lines.Take(shown)]));
        if (shown < lines.Count) body.Add(Text(texts.DigestMore(shown, lines.Count)));
        return Card(body, texts);
    }

    private static JsonObject Card(JsonArray body, ReminderTexts texts)
    {
        var card = AdaptiveCard.New([.. body.Select(n => n?.DeepClone())])
            .WithActions(AdaptiveCard.Submit(texts.OpenItems, OpenItemsVerb));
        // Adaptive Cards take a two-letter language code ("zh", "en"), not a locale.
        card["lang"] = texts.Locale[..2];
        return CardSize.Guard(card);
    }

    private static JsonObject Title(string text) => AdaptiveCard.Text(text, bold: true, size: "Medium");

    /// <summary>Yellow for 临近/今日到期, red for anything late.</summary>
    private static JsonObject Light(string text, ReminderKind kind)
    {
        var block = AdaptiveCard.Text(text, bold: true, color: kind is ReminderKind.Approaching or ReminderKind.DueToday ? "Warning" : "Attention");
        block["spacing"] = "Small";
        return block;
    }

    private static JsonObject Text(string text) => AdaptiveCard.Text(text);

    private static JsonObject Facts(params (string Title, string Value)[] facts) => AdaptiveCard.Facts(facts);
}
