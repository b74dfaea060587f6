using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.OpenItems;

/// <summary>我的待办 / "what's my open items": read-only, answered straight away.</summary>
public sealed class OpenItemsFeature(OpenItemsOptions options) : ITurnFeature
{
    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        if (OpenItemsFilter.Resolve(turn, intent, out var answer) is not { } filter)
            return Task.FromResult(TurnResult.Of(answer!));
        var page = CardValues.Number(turn.Request.Action, "from");
        if (page.IsInvalid) return Task.FromResult(TurnResult.Of(EngineTexts.UnknownAction(turn.Lang)));
        var from = page.Value ?? 0;
        var today = turn.Clock.Today;
        var items = new OpenItemsQuery(turn.Store).For(turn.Member, today, options.WarnDays, filter);
        if (items.Count == 0) return Task.FromResult(TurnResult.Of(OpenItemsTexts.None(turn.Lang, filter)));
        var (card, _) = OpenItemsCard.Build(turn.Lang, turn.Member, items, filter, today, from);
        return Task.FromResult(new TurnResult().Show(card));
    }
}

/// <summary>Section "OpenItems".</summary>
public sealed class OpenItemsOptions
{
    /// <summary>Days before the deadline an item turns yellow.</summary>
    public int WarnDays { get; set; } = 3;
}
