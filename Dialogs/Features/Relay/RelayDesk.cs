using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>One relay turn's tools (board, duty, meetings, ledger) and the ways it answers.</summary>
internal sealed class RelayDesk
{
    public RelayDesk(TurnContext turn)
    {
        Turn = turn;
        Board = new RelayBoard(turn.Store);
        Duty = new RelayDuty(turn.Store, Board);
        Meetings = new RelayMeetings(turn.Store);
        Ledger = new RelayLedger(turn, Board);
    }

    public TurnContext Turn { get; }
    public RelayBoard Board { get; }
    public RelayDuty Duty { get; }
    public RelayMeetings Meetings { get; }
    public RelayLedger Ledger { get; }
    public Lang Lang => Turn.Lang;
    public DateOnly Today => Turn.Clock.Today;
    public string? ActionValue(string key) => CardValues.Scalar(Turn.Request.Action, key);

    public int Headcount(Unit unit) => Turn.Store.Roster.MembersOf(unit.Id).Count;

    public IReadOnlyList<Assignment> AssignmentsOf(Meeting meeting, Unit unit) =>
        Turn.Store.Items.OfMeetingAndUnit(meeting.Id, unit.Id).ToList();

    public JsonObject DispatchCard(Meeting meeting, RelayUnitState state) =>
        RelayCards.Dispatch(meeting, state.Unit, AssignmentsOf(meeting, state.Unit), Lang, Turn.Member.Id, state, Turn.Clock.Zone);

    /// <summary>
    /// A card with a message. A Universal Action gets the card back in the invoke response (it replaces
    /// the clicked card, so the message goes on top of it); a chat turn or Action.Submit gets a new message.
    /// </summary>
    public TurnResult Answer(JsonObject card, params string?[] lines)
    {
        var text = string.Join("\n\n", lines.Where(l => !string.IsNullOrWhiteSpace(l)));
        var result = new TurnResult();
        if (Turn.Request.ExpectsCardResponse)
        {
            if (text.Length > 0 && card["body"] is JsonArray body) body.Insert(0, AdaptiveCard.Text(text, bold: true));
            result.CardResponse = card;
            return result;
        }
        return result.Show(card, text.Length > 0 ? text : null);
    }

    /// <summary>
    /// After every change, the channel's status card is re-sent under one update key so it is replaced
    /// in place. Concurrent turns finish in any order, so the card carries the store's version read
    /// with the board: the delivery keeps the newest snapshot and drops an older one that arrives late.
    /// <paramref name="board"/> is the one the ledger read in the same write, so the board is read once per click.
    /// </summary>
    public void Broadcast(TurnResult result, Meeting meeting, IReadOnlyList<RelayUnitState> board)
    {
        // Inside the write that changed the board: no other write can come between the board and this version.
        var version = Turn.Store.Version();
        var key = $"status:{meeting.Id}:{Turn.Request.ActivityId ?? Guid.NewGuid().ToString("N")}";
        // Called inside the write that records the change, so the card is queued with it.
        if (RelayStatusCard.Message(meeting, board, Turn.Clock, key, Turn.Bureau.Default) is { } message)
            result.Notify(Turn.Store, [message with { Version = version }]);
    }

    /// <summary>Turns a meeting lookup into a meeting, or the reason there is none.</summary>
    public Meeting? Open(RelayMeetings.Found found, out string? problem, bool named)
    {
        problem = found switch
        {
            RelayMeetings.NotOpen n => RelayTexts.MeetingNotOpen(Lang, n.Meeting),
            RelayMeetings.Missing => named ? RelayTexts.NoMeeting(Lang) : RelayTexts.NoDispatchedMeeting(Lang),
            _ => null,
        };
        return (found as RelayMeetings.Open)?.Meeting;
    }

    /// <summary>The reason a member may not act, or null with the unit they act for.</summary>
    public string? Refusal(RelayDuty.Decision decision, Meeting meeting, out Unit? unit)
    {
        unit = (decision as RelayDuty.Acting)?.Unit;
        return decision switch
        {
            RelayDuty.Refused r => RelayTexts.NotYourUnit(Lang, r.UnitName),
            RelayDuty.UnknownUnit u => RelayTexts.UnknownUnit(Lang, u.Name),
            RelayDuty.OfficeMustName => RelayTexts.OfficeNameUnit(Lang),
            RelayDuty.Acting a when !Board.Requires(meeting, a.Unit.Id) => RelayTexts.NotRequired(Lang, a.Unit.Name, meeting.Title),
            _ => null,
        };
    }
}
