using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Portfolio;

/// <summary>
/// 我分管的: for a leader, each unit of their portfolio with its open items, those due this week (to
/// Sunday), the overdue ones and the relay meetings it still owes, and a 查看事项 button that lists the
/// unit's open items. Anyone else — the office and unit people included — is told it is a leader's view.
/// </summary>
public sealed class PortfolioFeature : ITurnFeature
{
    public sealed record UnitFigures(Unit Unit, IReadOnlyList<ItemRow> Open, int DueThisWeek, int Overdue, IReadOnlyList<(Meeting Meeting, DateOnly? Due)> RelayPending);

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var lang = turn.Lang;
        if (!turn.Member.IsLeader || turn.Member.Portfolio.Count == 0) return Task.FromResult(TurnResult.Of(PortfolioTexts.NotLeader(lang)));
        if (intent.Is(PortfolioCapability.Unit)) return Task.FromResult(DrillDown(turn));

        var units = Figures(turn.Store, turn.Member, turn.Clock.Today);
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(PortfolioTexts.Title(lang), bold: true, size: "Medium"),
            AdaptiveCard.Text(PortfolioTexts.AsOf(lang, turn.Clock.Today), subtle: true, size: "Small"),
            AdaptiveCard.Text(PortfolioTexts.Totals(lang, units.Count, units.Sum(u => u.Open.Count), units.Sum(u => u.DueThisWeek), units.Sum(u => u.Overdue), units.Sum(u => u.RelayPending.Count))),
        };
        foreach (var u in units)
        {
            body.Add(AdaptiveCard.Container(
            [
                AdaptiveCard.Text(u.Unit.Name, bold: true, color: u.Overdue > 0 ? TrafficLight.Red.Color() : null),
                AdaptiveCard.Text(PortfolioTexts.UnitLine(lang, u.Open.Count, u.DueThisWeek, u.Overdue, u.RelayPending.Count), size: "Small"),
                AdaptiveCard.ActionSet(AdaptiveCard.Submit(PortfolioTexts.DrillDown(lang), PortfolioCapability.Unit, new JsonObject { ["unitId"] = u.Unit.Id })),
            ], separator: true));
        }
        body.Add(AdaptiveCard.Text(PortfolioTexts.InstructionHint(lang), subtle: true, size: "Small"));
        return Task.FromResult(new TurnResult().Show(CardSize.Guard(AdaptiveCard.New([.. body])), PortfolioTexts.Summary(lang, units.Count, units.Sum(u => u.Overdue))));
    }

    private static TurnResult DrillDown(TurnContext turn)
    {
        var lang = turn.Lang;
        var unitId = CardValues.Text(turn.Request.Action, "unitId");
        var unit = unitId is null ? null : turn.Store.Roster.Unit(unitId);
        if (unit is null) return TurnResult.Of(EngineTexts.UnknownAction(lang));
        if (!turn.Member.Portfolio.Contains(unit.Id)) return TurnResult.Of(PortfolioTexts.NotInPortfolio(lang, unit.Name));

        var today = turn.Clock.Today;
        var figures = Figures(turn.Store, turn.Member, today).Single(u => u.Unit.Id == unit.Id);
        var head = new List<JsonNode>
        {
            AdaptiveCard.Text(PortfolioTexts.UnitTitle(lang, unit.Name), bold: true, size: "Medium"),
            AdaptiveCard.Text(PortfolioTexts.UnitLine(lang, figures.Open.Count, figures.DueThisWeek, figures.Overdue, figures.RelayPending.Count), size: "Small"),
        };
        var tail = new List<JsonNode>();
        if (figures.RelayPending.Count > 0)
        {
            tail.Add(AdaptiveCard.Text(PortfolioTexts.RelayHeading(lang), bold: true));
            tail.AddRange(figures.RelayPending.Select(r => (JsonNode)AdaptiveCard.Text("• " + PortfolioTexts.RelayRow(lang, r.Meeting.Title, r.Due), size: "Small")));
        }
        tail.Add(AdaptiveCard.Text(PortfolioTexts.InstructionHint(lang), subtle: true, size: "Small"));
        // Most urgent first, as 我的待办 orders them: overdue, then by deadline, undated last.
        var rows = figures.Open.OrderBy(r => r.Due is null ? 1 : 0).ThenBy(r => r.Due).ThenBy(r => r.Number)
            .Select(r =>
            {
                var light = TrafficLights.For(r.Due, today, 3);
                return (JsonNode)AdaptiveCard.Text($"{light.Emoji()} {PortfolioTexts.ItemRow(lang, r.Number, r.Task, r.Due, ItemTexts.Status(lang, r.Status))}", size: "Small");
            }).ToList();
        if (rows.Count == 0) rows.Add(AdaptiveCard.Text(PortfolioTexts.NoOpen(lang), subtle: true));
        var fit = CardSize.HowManyFit(rows, CardSize.Bytes(head) + CardSize.Bytes(tail) + 300);
        var body = new List<JsonNode>(head);
        body.AddRange(rows.Take(fit));
        if (fit < rows.Count) body.Add(AdaptiveCard.Text(PortfolioTexts.More(lang, rows.Count - fit), subtle: true));
        body.AddRange(tail);
        return new TurnResult().Show(CardSize.Guard(AdaptiveCard.New([.. body])));
    }

    /// <summary>The portfolio's units in roster order, with their open items and relay meetings still owed (dispatched meetings).</summary>
    public static IReadOnlyList<UnitFigures> Figures(IStore store, Member leader, DateOnly today)
    {
        var weekEnd = today.AddDays((7 - (int)today.DayOfWeek) % 7);
        var board = new RelayBoard(store);
        var meetings = store.Meetings.WithStatus(MeetingStatus.Dispatched).Where(m => m.Relay.Count > 0).ToList();
        var mine = leader.Portfolio.ToHashSet(StringComparer.Ordinal);
        return store.Roster.Units().Where(u => mine.Contains(u.Id)).Select(unit =>
        {
            var open = store.Items.RowsOfUnit(unit.Id, withClosed: false);
            var relay = meetings.Where(m => board.Requires(m, unit.Id)).Select(m => (m, board.State(m, unit, today)))
                .Where(x => !x.Item2.Done).Select(x => (x.m, x.Item2.Due)).ToList();
            return new UnitFigures(unit, open,
                open.Count(r => r.Due is { } d && d >= today && d <= weekEnd),
                open.Count(r => r.Due is { } d && d < today),
                relay);
        }).ToList();
    }
}
