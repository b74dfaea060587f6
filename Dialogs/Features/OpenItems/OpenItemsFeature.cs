using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.OpenItems;

/// <summary>我的待办 / "what's my open items": read-only, answered straight away.</summary>
public sealed class OpenItemsFeature(OpenItemsOptions options) : ITurnFeature
{
    public IReadOnlyCollection<string> Handles { get; } = [Intents.OpenItems];

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var due = Enum.TryParse<DueFilter>(turn.Request.Action?["due"]?.GetValue<string>() ?? intent.Slot("due"), ignoreCase: true, out var d) ? d : DueFilter.Any;
        var page = turn.Request.Action?["page"]?.GetValue<int>() ?? 0;
        var today = turn.Clock.Today;
        var items = new OpenItemsQuery(turn.Store).For(turn.Member, today, options.WarnDays, due);
        if (items.Count == 0) return Task.FromResult(TurnResult.Of(OpenItemsTexts.None(turn.Lang, due)));
        var card = OpenItemsCard.Build(turn.Lang, turn.Member, items, due, today, Math.Max(0, page));
        return Task.FromResult(new TurnResult().Show(card));
    }
}

/// <summary>Section "OpenItems".</summary>
public sealed class OpenItemsOptions
{
    /// <summary>Days before the deadline an item turns yellow.</summary>
    public int WarnDays { get; set; } = 3;
}
