using ChatBot.Dialogs.Features.OpenItems;

namespace ChatBot.Dialogs.Features.Board;

/// <summary>
/// The board's narrowing: a unit, a leader's portfolio, a state. It only ever narrows what the member's
/// role lets them see (the scope is 我的待办's); a unit or leader outside it gives an empty board, not more.
/// </summary>
public sealed record BoardFilter(string? UnitId, string? LeaderId, string State)
{
    public static readonly BoardFilter None = new(null, null, States.Open);

    /// <summary>The states the page offers, as the page sends them; each is one of 我的待办's filters.</summary>
    public static class States
    {
        public const string Open = "open";
        public const string Overdue = "overdue";
        public const string Soon = "soon";
        public const string Pending = "pending";
        public const string SentBack = "sentback";
        public const string Closed = "closed";
        public static readonly IReadOnlyList<string> All = [Open, Overdue, Soon, Pending, SentBack, Closed];
    }

    /// <summary>Reads what the page sent; an unknown state is the default, an empty id no filter.</summary>
    public static BoardFilter From(string? unitId, string? leaderId, string? state) => new(
        string.IsNullOrWhiteSpace(unitId) ? null : unitId.Trim(),
        string.IsNullOrWhiteSpace(leaderId) ? null : leaderId.Trim(),
        States.All.FirstOrDefault(s => string.Equals(s, state?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? States.Open);

    /// <summary>The same words 我的待办 understands ("逾期的", "待销号"), so the board and the chat list the same items.</summary>
    internal OpenItemsFilter ForOpenItems() => OpenItemsFilter.None with
    {
        Due = State switch { States.Overdue => DueFilter.Overdue, States.Soon => DueFilter.Soon, _ => DueFilter.Any },
        Status = State switch
        {
            States.Pending => StatusFilter.Pending,
            States.SentBack => StatusFilter.SentBack,
            States.Closed => StatusFilter.Closed,
            _ => StatusFilter.Open,
        },
    };
}
