using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>
/// The board of a meeting's relay duty: one line per unit (未签收 / 已签收 / 已传达 with date and
/// attendees / 逾期 in red) under a summary line (已传达 12/18). The channel's copy is updated in place.
/// </summary>
public static class RelayStatusCard
{
    /// <summary>The update key of a meeting's status card: every message with it replaces the previous one in place.</summary>
    public static string UpdateKey(string meetingId) => $"status:{meetingId}";

    /// <summary>
    /// The channel's status card as a proactive message (null when the meeting has no channel). Intake
    /// sends the first one on dispatch; the relay slice re-sends it after every change.
    /// </summary>
    /// <param name="idempotencyKey">Unique per change, e.g. $"status:{meetingId}:{activityId}".</param>
    /// <param name="lang">The bureau's language: the card is read by everyone in the channel, and every update keeps it.</param>
    public static ProactiveMessage? Message(Meeting meeting, IReadOnlyList<RelayUnitState> states, BureauClock clock, string idempotencyKey, Lang lang) =>
        string.IsNullOrWhiteSpace(meeting.ChannelConversationId) ? null
        : ProactiveMessage.ToConversation(idempotencyKey, meeting.ChannelConversationId,
            new Reply(null, Build(meeting, states, lang, RelayTexts.Time(lang, clock.LocalNow))), updateKey: UpdateKey(meeting.Id));

    /// <summary>The same, reading the board from the store now.</summary>
    public static ProactiveMessage? Message(Storage.IStore store, Meeting meeting, BureauClock clock, string idempotencyKey, Lang lang) =>
        Message(meeting, new RelayBoard(store).States(meeting, clock.Today), clock, idempotencyKey, lang);

    public static JsonObject Build(Meeting meeting, IReadOnlyList<RelayUnitState> states, Lang lang, string updatedAt, IReadOnlySet<string>? highlight = null)
    {
        // No relay duty at all: say so, rather than "已传达 0/0" in green under an unset deadline.
        if (states.Count == 0)
            return AdaptiveCard.New(
                AdaptiveCard.Text(RelayTexts.StatusTitle(lang, meeting.Title), bold: true, size: "Medium"),
                AdaptiveCard.Text(RelayTexts.StatusNoneRequired(lang)),
                AdaptiveCard.Text(RelayTexts.StatusUpdated(lang, updatedAt), subtle: true, size: "Small"));
        var done = states.Count(s => s.State == RelayState.Relayed);
        var overdue = states.Count(s => s.State == RelayState.Overdue);
        var due = states.Select(s => s.Due).Where(d => d is not null).Min();
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(RelayTexts.StatusTitle(lang, meeting.Title), bold: true, size: "Medium"),
            AdaptiveCard.Text(RelayTexts.StatusSummary(lang, done, states.Count, overdue), bold: true, size: "Large", color: overdue > 0 ? "Attention" : done == states.Count ? "Good" : null),
            AdaptiveCard.Text(RelayTexts.StatusDue(lang, due), subtle: true),
        };
        if (highlight is { Count: > 0 }) body.Add(AdaptiveCard.Text(RelayTexts.Portfolio(lang), subtle: true, size: "Small"));
        // Overdue first: the office chases those; then the rest in roster order. A board of hundreds of
        // units lists as many as fit and says how to see the others.
        var rows = states
            .OrderBy(s => s.State == RelayState.Overdue ? 0 : 1)
            .Select(s => (JsonNode)Row(s, lang, highlight?.Contains(s.Unit.Id) == true))
            .ToList();
        var updated = AdaptiveCard.Text(RelayTexts.StatusUpdated(lang, updatedAt), subtle: true, size: "Small");
        var more = AdaptiveCard.Text(RelayTexts.MoreUnits(lang, rows.Count, rows.Count + 1), subtle: true);
        var shown = CardSize.HowManyFit(rows, CardSize.Bytes(body) + CardSize.Bytes(updated) + CardSize.Bytes(more) + 32);
        body.AddRange(rows.Take(shown));
        if (shown < rows.Count) body.Add(AdaptiveCard.Text(RelayTexts.MoreUnits(lang, shown, rows.Count), subtle: true));
        body.Add(updated);
        return CardSize.Guard(AdaptiveCard.New(body.ToArray()));
    }

    private static JsonObject Row(RelayUnitState s, Lang lang, bool mine) => new()
    {
        ["type"] = "ColumnSet",
        ["separator"] = true,
        ["columns"] = new JsonArray(
            Column(AdaptiveCard.Text((mine ? "★ " : "") + s.Unit.Name, bold: mine), "stretch"),
            Column(AdaptiveCard.Text(Describe(s, lang), color: Color(s.State), bold: s.State == RelayState.Overdue), "stretch")),
    };

    private static JsonObject Column(JsonNode item, string width) => new()
    {
        ["type"] = "Column", ["width"] = width, ["items"] = new JsonArray(item),
    };

    private static string Describe(RelayUnitState s, Lang lang)
    {
        var name = RelayTexts.StateName(lang, s.State);
        if (s.State == RelayState.Relayed)
            return $"✅ {name} · " + string.Join(RelayTexts.ListSeparator(lang), s.Confirmations.Select(c => RelayTexts.Summary(lang, c)));
        var icon = s.State == RelayState.Overdue ? "🔴 " : "";
        var partial = s.Confirmations.Count > 0 ? " · " + RelayTexts.Partial(lang, s.Confirmations.Select(c => c.Form).Distinct(), s.Remaining) : "";
        var signed = s.State == RelayState.Overdue ? " · " + RelayTexts.StateName(lang, s.Receipt is null ? RelayState.NotSigned : RelayState.Signed) : "";
        return icon + name + signed + partial;
    }

    private static string Color(RelayState state) => state switch
    {
        RelayState.Relayed => "Good",
        RelayState.Overdue => "Attention",
        RelayState.Signed => "Accent",
        _ => "Default",
    };
}
