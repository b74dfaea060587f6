using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Audit;

/// <summary>
/// "第3条 记录" / "history of item 3": who did what when, from → to, with the progress reports and
/// check-off notes — for anyone who may see the item. Read-only.
/// </summary>
public sealed class ItemHistoryFeature : ITurnFeature
{
    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        if (ItemLookup.Find(turn, intent, out var notFound) is not { } a) return Task.FromResult(TurnResult.Of(notFound!));
        var lang = turn.Lang;
        var names = new Dictionary<string, string>();
        string Name(string id) => names.TryGetValue(id, out var n) ? n : names[id] = turn.Store.Roster.Member(id)?.Name ?? id;

        var facts = new List<(string, string)>
        {
            (ItemHistoryTexts.Facts(lang, "unit"), turn.Store.Roster.Unit(a.UnitId)?.Name ?? a.UnitId),
            (ItemHistoryTexts.Facts(lang, "status"), ItemTexts.Status(lang, a.Status)),
            (ItemHistoryTexts.Facts(lang, "due"), a.Due is { } d ? ItemTexts.Date(lang, d) : a.DeadlineText ?? "—"),
        };
        if (a.OriginalDue is { } first && first != a.Due) facts.Add((ItemHistoryTexts.Facts(lang, "originalDue"), ItemTexts.Date(lang, first)));
        if (a.Percent is { } p) facts.Add((ItemHistoryTexts.Facts(lang, "percent"), $"{p}%"));
        var head = new List<JsonNode>
        {
            AdaptiveCard.Text(ItemHistoryTexts.Title(lang, a.Number), bold: true, size: "Medium"),
            AdaptiveCard.Text(a.Task),
            AdaptiveCard.Facts(facts),
        };

        var lines = ItemTimeline.For(turn.Store, a).Select(e => Line(turn, e, Name)).ToList();
        if (lines.Count == 0) head.Add(AdaptiveCard.Text(ItemHistoryTexts.Empty(lang), subtle: true));
        // Newest entries matter most when a long history must be cut to fit a card.
        var used = CardSize.Envelope + head.Sum(n => CardSize.Bytes(n) + 1) + 300;
        var kept = new List<JsonNode>();
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var size = CardSize.Bytes(lines[i]) + 1;
            if (used + size > CardSize.BudgetBytes) { kept.Insert(0, AdaptiveCard.Text(ItemHistoryTexts.Truncated(lang, i + 1), subtle: true)); break; }
            kept.Insert(0, lines[i]);
            used += size;
        }
        return Task.FromResult(new TurnResult().Show(AdaptiveCard.New([.. head, .. kept])));
    }

    private static string UnitName(TurnContext turn, string? id) => id is null ? "—" : turn.Store.Roster.Unit(id)?.Name ?? id;

    private static JsonNode Line(TurnContext turn, ItemTimeline.Entry e, Func<string, string> name)
    {
        var lang = turn.Lang;
        var what = e.Kind switch
        {
            ItemTimeline.Kind.Progress => ItemHistoryTexts.Progress(lang, e.Report!),
            ItemTimeline.Kind.Request => ItemHistoryTexts.Request(lang, e.CheckOff!.Note, e.CheckOff.Evidence.Count),
            ItemTimeline.Kind.Decision => ItemHistoryTexts.Reason(lang, e.CheckOff!.Reason!),
            ItemTimeline.Kind.ExtensionRequest => ItemHistoryTexts.ExtensionRequested(lang, e.Extension!),
            ItemTimeline.Kind.SendBack => ItemHistoryTexts.SentBack(lang, e.Reassign!.Reason),
            ItemTimeline.Kind.Kept => ItemHistoryTexts.Kept(lang, e.Reassign!.Note ?? ""),
            ItemTimeline.Kind.Change when e.Audit!.Action == AuditActions.ReassignUnit => ItemHistoryTexts.Reassigned(lang, UnitName(turn, e.Audit.From), UnitName(turn, e.Audit.To)),
            ItemTimeline.Kind.Change when e.Audit!.Action == AuditActions.Instruction => ItemHistoryTexts.Instruction(lang, e.Audit.To ?? ""),
            ItemTimeline.Kind.ExtensionDecision => ItemHistoryTexts.ExtensionRefused(lang, e.Extension!.DecisionReason ?? ""),
            _ => ItemHistoryTexts.Change(lang, e.Audit!),
        };
        var when = ItemTexts.Time(lang, turn.Clock.ToLocal(e.At));
        var who = name(e.ActorId) + (e.Audit?.OnBehalfOf is { } principal ? ItemHistoryTexts.ForWhom(lang, name(principal)) : "");
        return AdaptiveCard.Container([AdaptiveCard.Text($"**{when}** · {who}", size: "Small", subtle: true), AdaptiveCard.Text(what)], separator: true);
    }
}
