using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>
/// 确认已传达 by card: the dispatch card's button opens the form; the form's submit (or the prefilled
/// card's 确认, or typing 确认) records it. Every submit is checked against the store as it is now, so
/// a click on an outdated card acts on the current state and gets the refreshed card back.
/// </summary>
internal static class ConfirmForm
{
    public static TurnResult Open(RelayDesk desk)
    {
        if (Resolve(desk, desk.ActionValue("meetingId"), desk.ActionValue("unitId"), out var meeting, out var unit) is { } refusal)
            return TurnResult.Of(refusal);
        var state = desk.Board.State(meeting!, unit!, desk.Today);
        if (state.Done)
            return desk.Answer(desk.DispatchCard(meeting!, state), RelayTexts.AlreadyConfirmed(desk.Lang, state.Confirmations));
        return desk.Answer(RelayCards.Form(meeting!, state, desk.Lang, desk.Today));
    }

    /// <summary>The form's submit: values from the card inputs; evidence from a typed draft of the same unit, if any.</summary>
    public static TurnResult Submit(RelayDesk desk)
    {
        var turn = desk.Turn;
        if (Resolve(desk, desk.ActionValue("meetingId"), desk.ActionValue("unitId"), out var meeting, out var unit) is { } refusal)
            return TurnResult.Of(refusal);
        var draft = Drafts.Live(turn) is { } d && d.MeetingId == meeting!.Id && d.UnitId == unit!.Id ? d : null;
        var state = desk.Board.State(meeting!, unit!, desk.Today);
        // An outdated card (everything already confirmed): act on the store as it is and refresh the card.
        if (state.Done)
            return desk.Answer(desk.DispatchCard(meeting!, state), RelayTexts.AlreadyConfirmed(desk.Lang, state.Confirmations));

        var problems = new List<string>();
        var values = new RelayDraft { MeetingId = meeting!.Id, UnitId = unit!.Id, Evidence = draft?.Evidence ?? [], Notes = desk.ActionValue("notes") };
        var dateText = desk.ActionValue("date");
        values.Date = RelayChecks.ParseDate(dateText, desk.Today);
        if (values.Date is null) problems.Add(RelayTexts.BadDate(desk.Lang));
        else if (RelayChecks.DateProblem(values.Date.Value, meeting, desk.Today, desk.Lang) is { } dp) problems.Add(dp);

        values.Forms = RelayForms.Parse(desk.ActionValue("forms"), state.RequiredForms, out var unknown);
        if (unknown.Count > 0) problems.Add(RelayTexts.UnknownForms(desk.Lang, unknown));
        else if (values.Forms.Count == 0) problems.Add(RelayTexts.NoForms(desk.Lang));

        // A form's number is read strictly: "-5" or "4.5" is not 5 or 4.
        values.Attendees = CardValues.Number(turn.Request.Action, "attendees").Value;
        if (values.Attendees is null) problems.Add(RelayTexts.AttendeesNotNumber(desk.Lang));
        else if (RelayChecks.AttendeesProblem(values.Attendees.Value, desk.Headcount(unit), desk.Lang) is { } ap) problems.Add(ap);

        var files = EvidencePolicy.Sort(turn.Request.Files, desk.Lang);
        values.Evidence.AddRange(files.Kept);
        problems.AddRange(files.Rejected);

        // Ask again on the same form, keeping what was typed; a refused attachment alone does not stop the rest.
        if (problems.Count > files.Rejected.Count)
        {
            if (values.Date is { } bad && bad > desk.Today) values.Date = null;
            return desk.Answer(RelayCards.Form(meeting, state, desk.Lang, desk.Today, values, problems));
        }
        return Record(desk, meeting, unit, values, files.Rejected);
    }

    /// <summary>Records a complete draft (typed path, after 确认) or checked card values.</summary>
    public static TurnResult Record(RelayDesk desk, Meeting meeting, Unit unit, RelayDraft values, IEnumerable<string> fileNotes)
    {
        // One transaction: the record and the channel's status card commit together.
        var result = desk.Turn.Store.Write(_ => RecordAndBroadcast(desk, meeting, unit, values, fileNotes));
        Drafts.Clear(desk.Turn);
        return result;
    }

    private static TurnResult RecordAndBroadcast(RelayDesk desk, Meeting meeting, Unit unit, RelayDraft values, IEnumerable<string> fileNotes)
    {
        var outcome = desk.Ledger.Confirm(meeting, unit, values.Date!.Value, values.Forms, values.Attendees!.Value, values.Notes, values.Evidence);
        var lines = new List<string>(fileNotes);
        if (outcome.Recorded.Count > 0) lines.Add(RelayTexts.Recorded(desk.Lang, unit.Name, outcome.Recorded));
        if (outcome.Already.Count > 0) lines.Add(RelayTexts.AlreadyConfirmed(desk.Lang, outcome.Already));
        if (outcome.EvidenceAdded) lines.Add(RelayTexts.EvidenceKept(desk.Lang, values.Evidence.Count));
        lines.Add(outcome.State.Done ? RelayTexts.AllDone(desk.Lang, unit.Name) : RelayTexts.Remaining(desk.Lang, outcome.State.Remaining));
        var result = desk.Answer(desk.DispatchCard(meeting, outcome.State), lines.ToArray());
        if (outcome.Board is { } board) desk.Broadcast(result, meeting, board);
        return result;
    }

    /// <summary>The meeting and unit of a card action, or why the member may not act on them.</summary>
    public static string? Resolve(RelayDesk desk, string? meetingId, string? unitId, out Meeting? meeting, out Unit? unit)
    {
        unit = null;
        meeting = desk.Open(desk.Meetings.Find(meetingId, null), out var problem, named: meetingId is not null);
        if (meeting is null) return problem;
        return desk.Refusal(desk.Duty.Decide(desk.Turn.Member, meeting, unitId), meeting, out unit)
            ?? (unit is null ? RelayTexts.NotYourUnit(desk.Lang, null) : null);
    }
}
