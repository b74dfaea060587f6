using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Features.Audit;

namespace ChatBot.Dialogs.Features.CheckOff;

/// <summary>The unit's request form, the office's decision card (同意销号 / 退回 with a reason), and the reason form.</summary>
internal static class CheckOffCards
{
    public static JsonObject RequestForm(Lang lang, Assignment a) => AdaptiveCard.New(
            AdaptiveCard.Text(CheckOffTexts.FormTitle(lang, a.Number), bold: true, size: "Medium"),
            AdaptiveCard.Text(ItemTexts.Short(a.Task, 200), subtle: true),
            TextInput("note", CheckOffTexts.NoteLabel(lang)),
            AdaptiveCard.Text(CheckOffTexts.EvidenceHint(lang), subtle: true, size: "Small"))
        .WithActions(AdaptiveCard.Submit(CheckOffTexts.Submit(lang), CheckOffRequestCapability.Request, FormData(a.Number)));

    public static JsonObject ReasonForm(Lang lang, Assignment a) => AdaptiveCard.New(
            AdaptiveCard.Text(CheckOffTexts.ReasonFormTitle(lang, a.Number), bold: true, size: "Medium"),
            AdaptiveCard.Text(ItemTexts.Short(a.Task, 200), subtle: true),
            TextInput("reason", CheckOffTexts.ReasonLabel(lang)))
        .WithActions(AdaptiveCard.Submit(CheckOffTexts.Submit(lang), CheckOffDecisionCapability.Return, FormData(a.Number)));

    /// <summary>What an office member gets when a unit asks for 销号, in that office member's language.</summary>
    public static JsonObject ForOffice(Lang lang, Assignment a, string unitName, string requester, CheckOffRecord record)
    {
        var facts = new List<(string, string)>
        {
            (CheckOffTexts.UnitLabel(lang), unitName),
            (CheckOffTexts.RequesterLabel(lang), requester),
            (CheckOffTexts.DueLabel(lang), a.Due is { } d ? ItemTexts.Date(lang, d) : a.DeadlineText ?? CheckOffTexts.DueNotSet(lang)),
        };
        if (a.Percent is { } p) facts.Add((CheckOffTexts.DoneLabel(lang), $"{p}%"));
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(CheckOffTexts.OfficeCardTitle(lang, a.Number), bold: true, size: "Medium"),
            AdaptiveCard.Text(ItemTexts.Short(a.Task, 300)),
            AdaptiveCard.Facts(facts),
            AdaptiveCard.Text(CheckOffTexts.Completion(lang, record.Note)),
        };
        // The files as links, as many as fit (a link is never cut short); the item's record lists them all.
        var files = record.Evidence.Take(10).Select(f => (JsonNode)AdaptiveCard.Text($"📎 [{Escape(f.Name)}]({f.Url})")).ToList();
        var shown = CardSize.HowManyFit(files, CardSize.Bytes(body) + 1500, atLeast: 0);
        body.AddRange(files.Take(shown));
        if (shown < record.Evidence.Count) body.Add(AdaptiveCard.Text(CheckOffTexts.MoreFiles(lang, record.Evidence.Count - shown), subtle: true));
        var data = new JsonObject { ["item"] = a.Number };
        var sendBack = new JsonObject
        {
            ["type"] = "Action.ShowCard",
            ["title"] = CheckOffTexts.SendBack(lang),
            ["card"] = AdaptiveCard.New(TextInput("reason", CheckOffTexts.ReasonLabel(lang)))
                .WithActions(AdaptiveCard.Submit(CheckOffTexts.ConfirmSendBack(lang), CheckOffDecisionCapability.Return, FormData(a.Number))),
        };
        return CardSize.Guard(AdaptiveCard.New(body.ToArray()).WithActions(
            AdaptiveCard.Submit(CheckOffTexts.Approve(lang), CheckOffDecisionCapability.Approve, data),
            sendBack,
            AdaptiveCard.Submit(CheckOffTexts.History(lang), ItemHistoryCapability.History, data)));
    }

    private static JsonObject TextInput(string id, string label) => new()
    {
        ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["isMultiline"] = true, ["maxLength"] = 1000,
    };

    private static JsonObject FormData(int number) => new() { ["item"] = number, [TurnArgs.FormMarker] = true };

    private static string Escape(string name) => name.Replace("[", "(").Replace("]", ")");
}
