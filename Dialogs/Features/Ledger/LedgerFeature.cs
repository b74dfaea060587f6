using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.OpenItems;

namespace ChatBot.Dialogs.Features.Ledger;

/// <summary>
/// 导出台账 / export ledger (typed, or a button carrying a meeting id): the workbook of the asked scope,
/// within what the member may see, as a file for the member. Nothing changes in the store.
/// </summary>
public sealed class LedgerFeature(OpenItemsOptions options) : ITurnFeature
{
    public async Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var lang = turn.Lang;
        var allowed = LedgerAccess.Units(turn.Member);
        if (allowed is { Count: 0 }) return TurnResult.Of(LedgerTexts.NotAllowed(lang));

        var queries = new LedgerQueries(turn.Store, turn.Clock, options.WarnDays);
        var asked = Read(turn, intent, queries);
        if (asked.Problem is { } problem) return TurnResult.Of(problem);
        var scope = asked.Scope!;

        if (allowed is not null)
        {
            var outside = scope.UnitIds?.FirstOrDefault(id => !allowed.Contains(id));
            if (outside is not null) return TurnResult.Of(LedgerTexts.OutsideScope(lang, turn.Store.Roster.Unit(outside)?.Name ?? outside));
            scope = scope with { VisibleUnitIds = allowed };
        }

        var data = queries.Read(scope);
        if (data.Rows.Count == 0) return TurnResult.Of(LedgerTexts.Empty(lang));
        var bytes = await LedgerWorkbook.BytesAsync(data, lang, ct);
        var personal = turn.Request.ConversationType == "personal";
        return TurnResult.Of(LedgerTexts.Ready(lang, data.Rows.Count, data.Meetings.Count(m => data.Rows.Any(r => r.MeetingId == m.Meeting.Id)), personal))
            .Send(new OutgoingFile(turn.Member.Id, LedgerTexts.FileName(lang, data.Today), bytes, LedgerTexts.FileDescription(lang, data.Rows.Count)));
    }

    private sealed record Asked(LedgerScope? Scope, string? Problem);

    /// <summary>The scope the turn names; an unknown unit or meeting, or a bad range, is a problem to say.</summary>
    private static Asked Read(TurnContext turn, Intent intent, LedgerQueries queries)
    {
        var lang = turn.Lang;
        var scope = new LedgerScope { IncludeClosed = intent.Slot("scope") == "all" };

        if (intent.Slot("dates") == "bad") return new(null, LedgerTexts.BadDate(lang));
        DateOnly? from = null, to = null;
        if (intent.Slot("from") is { } f) { if (DateOnly.TryParseExact(f, "yyyy-MM-dd", out var d)) from = d; else return new(null, LedgerTexts.BadDate(lang)); }
        if (intent.Slot("to") is { } t) { if (DateOnly.TryParseExact(t, "yyyy-MM-dd", out var d)) to = d; else return new(null, LedgerTexts.BadDate(lang)); }
        if (from is { } a && to is { } b && a > b) return new(null, LedgerTexts.BadRange(lang, a, b));
        scope = scope with { From = from, To = to };

        // A button names the meeting by id; typed words name it by title, or "this".
        var meetingWords = intent.Slot("meeting");
        Domain.Meeting? meeting = null;
        if (CardValues.Text(turn.Request.Action, "meeting") is { } id)
        {
            meeting = queries.MeetingById(id);
            if (meeting is null) return new(null, EngineTexts.UnknownAction(lang));
        }
        else if (meetingWords is "this")
        {
            meeting = queries.CurrentMeeting(turn.Request.ConversationId);
            if (meeting is null) return new(null, LedgerTexts.NoMeeting(lang));
        }
        else if (!string.IsNullOrWhiteSpace(meetingWords))
        {
            meeting = queries.FindMeeting(meetingWords);
            if (meeting is null) return new(null, LedgerTexts.UnknownMeeting(lang, meetingWords.Trim()));
        }

        if (intent.Slot("unit") is { } words && !string.IsNullOrWhiteSpace(words))
        {
            if (queries.FindUnit(words) is { } unit) scope = scope with { UnitIds = new HashSet<string> { unit.Id } };
            // The rules cannot tell a unit from a meeting's title: words that name no unit may name a meeting.
            else if (meeting is null && queries.FindMeeting(words) is { } titled) meeting = titled;
            else return new(null, LedgerTexts.UnknownUnitOrMeeting(lang, words.Trim()));
        }
        if (meeting is not null) scope = scope with { MeetingIds = new HashSet<string> { meeting.Id } };
        return new(scope, null);
    }
}
