using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.OpenItems;

/// <summary>Which window of deadlines the user asked about.</summary>
public enum DueFilter
{
    Any = 0,
    Overdue = 1,
    Soon = 2,
    ThisWeek = 3,
    Today = 4,
}

/// <summary>Which stage of the item's life: everything still open (default), awaiting check-off, sent back, or the closed ledger.</summary>
public enum StatusFilter
{
    Open = 0,
    Pending = 1,
    SentBack = 2,
    Closed = 3,
}

/// <summary>
/// 我的待办's narrowing, resolved against the store: "逾期的", "本周到期", "市政工程处的", a meeting's
/// title words, "待销号". The raw words are kept so paging buttons can carry them.
/// </summary>
public sealed record OpenItemsFilter(DueFilter Due, StatusFilter Status, Unit? Unit, IReadOnlyList<Meeting>? Meetings, string? UnitWords, string? MeetingWords)
{
    public static readonly OpenItemsFilter None = new(DueFilter.Any, StatusFilter.Open, null, null, null, null);

    public bool IsNarrowed => Due != DueFilter.Any || Status != StatusFilter.Open || Unit is not null || Meetings is not null;

    public HashSet<string>? MeetingIds => Meetings?.Select(m => m.Id).ToHashSet();

    /// <summary>Reads the filter from card data or slots; an unknown unit or meeting is an answer, not an empty list.</summary>
    public static OpenItemsFilter? Resolve(TurnContext turn, Intent intent, out string? answer)
    {
        answer = null;
        var due = ParseDue(turn.Arg(intent, "due"));
        var status = ParseStatus(turn.Arg(intent, "status"));
        Unit? unit = null;
        var unitWords = Clean(turn.Arg(intent, "unit"));
        if (unitWords is not null)
        {
            unit = MemberDirectory.FindUnit(turn.Store, unitWords);
            if (unit is null)
            {
                answer = OpenItemsTexts.UnknownUnit(turn.Lang, unitWords);
                return null;
            }
        }
        List<Meeting>? meetings = null;
        var meetingWords = Clean(turn.Arg(intent, "meeting"));
        if (meetingWords is not null)
        {
            meetings = FindMeetings(turn.Store, meetingWords);
            if (meetings.Count == 0)
            {
                answer = OpenItemsTexts.UnknownMeeting(turn.Lang, meetingWords);
                return null;
            }
        }
        return new OpenItemsFilter(due, status, unit, meetings, unitWords, meetingWords);
    }

    public static DueFilter ParseDue(string? value) => value?.ToLowerInvariant() switch
    {
        "overdue" => DueFilter.Overdue,
        "soon" => DueFilter.Soon,
        "thisweek" or "week" => DueFilter.ThisWeek,
        "today" => DueFilter.Today,
        _ => DueFilter.Any,
    };

    public static StatusFilter ParseStatus(string? value) => value?.ToLowerInvariant() switch
    {
        "pending" or "checkoffrequested" => StatusFilter.Pending,
        "sentback" or "returned" => StatusFilter.SentBack,
        "closed" or "done" => StatusFilter.Closed,
        _ => StatusFilter.Open,
    };

    public bool Admits(AssignmentStatus s) => Status switch
    {
        StatusFilter.Pending => s == AssignmentStatus.CheckOffRequested,
        StatusFilter.SentBack => s == AssignmentStatus.SentBack,
        StatusFilter.Closed => s == AssignmentStatus.Closed,
        _ => s != AssignmentStatus.Closed,
    };

    private static List<Meeting> FindMeetings(IStore store, string words) =>
        store.Meetings.All().Where(m => m.Title.Contains(words, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>"市政工程处的" → "市政工程处": the particle is how people say it, not part of the name.</summary>
    private static string? Clean(string? words)
    {
        var w = words?.Trim().TrimEnd('的').Trim();
        return string.IsNullOrEmpty(w) ? null : w;
    }
}
