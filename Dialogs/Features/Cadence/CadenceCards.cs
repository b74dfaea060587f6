using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Reminders;

namespace ChatBot.Dialogs.Features.Cadence;

/// <summary>The report ask (one-tap answers and a short note) and the card an answer leaves in its place.</summary>
public static class CadenceCards
{
    public const int MaxNote = 200;

    public static JsonObject Ask(ReminderDue due, Lang lang)
    {
        var texts = ReminderTexts.For(lang);
        var a = due.Assignment;
        var buttons = ReportAnswers.All.Select(code => (JsonNode)AdaptiveCard.Submit(CadenceTexts.Answer(lang, code), CadenceCapability.Answer,
            new JsonObject { ["ask"] = due.AskId, ["answer"] = code, ["rk"] = due.Key })).ToArray();
        var card = AdaptiveCard.New(
            AdaptiveCard.Text(texts.Title(ReminderKind.ReportAsk), bold: true, size: "Medium"),
            AdaptiveCard.Text(CadenceTexts.AskLead(lang, a?.Number ?? 0, due.Cadence, due.Day)),
            AdaptiveCard.Facts([
                (texts.TaskLabel, a?.Task ?? ""),
                (texts.UnitLabel, due.Unit?.Name ?? a?.UnitId ?? ""),
                (texts.DueLabel, a?.Due is { } d ? texts.Date(d) : "—"),
            ]),
            new JsonObject { ["type"] = "Input.Text", ["id"] = "note", ["label"] = CadenceTexts.NoteLabel(lang), ["maxLength"] = MaxNote },
            AdaptiveCard.ActionSet(buttons));
        card["lang"] = lang.Pick("zh", "en");
        return card;
    }

    public static JsonObject Answered(Lang lang, int number, string task, string line)
    {
        var card = AdaptiveCard.New(
            AdaptiveCard.Text(CadenceTexts.AnsweredTitle(lang), bold: true, size: "Medium"),
            AdaptiveCard.Text($"{ReminderTexts.For(lang).ItemNumber(number)} {task}"),
            AdaptiveCard.Text(line, color: "Good"));
        card["lang"] = lang.Pick("zh", "en");
        return card;
    }
}
