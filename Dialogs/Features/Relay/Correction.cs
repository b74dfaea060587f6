using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>
/// 更正：参会人数是45 — replaces the values of the unit's confirmation (the named form, else the one
/// confirmed last). Applied at once: the user states the new value, and the audit keeps the old one.
/// </summary>
internal static class Correction
{
    public static TurnResult Handle(RelayDesk desk, Intent intent)
    {
        var member = desk.Turn.Member;
        var titleWords = intent.Slot("meeting");
        var meeting = desk.Open(desk.Meetings.Find(desk.ActionValue("meetingId"), titleWords, m => member.IsOffice || desk.Duty.OwnUnits(member, m).Count > 0),
            out var problem, named: titleWords is not null);
        if (meeting is null) return TurnResult.Of(problem!);

        var decision = desk.Duty.Decide(member, meeting, intent.Slot("unit"));
        if (decision is RelayDuty.MustChoose choose)
        {
            // Correct the unit that confirmed last; a member of several units names the unit otherwise.
            var lastUnitId = desk.Turn.Store.Meetings.ConfirmationsOf(meeting.Id)
                .Where(r => choose.Units.Any(u => u.Id == r.UnitId)).OrderByDescending(r => r.ConfirmedAt).FirstOrDefault()?.UnitId;
            decision = lastUnitId is null ? new RelayDuty.Refused(null) : new RelayDuty.Acting(choose.Units.First(u => u.Id == lastUnitId));
        }
        if (desk.Refusal(decision, meeting, out var unit) is { } refusal) return TurnResult.Of(refusal);

        var lang = desk.Lang;
        var notes = new List<string>();
        DateOnly? date = null;
        if (intent.Slot("date") is { } dateText)
        {
            date = RelayChecks.ParseDate(dateText, desk.Today);
            var p = date is null ? RelayTexts.BadDate(lang) : RelayChecks.DateProblem(date.Value, meeting, desk.Today, lang);
            if (p is not null) return TurnResult.Of(p + " " + RelayTexts.AskDate(lang));
        }
        int? attendees = null;
        if (intent.Slot("attendees") is { } attendeesText)
        {
            attendees = RelayChecks.ReadAttendees(attendeesText);
            var p = attendees is null ? RelayTexts.AttendeesNotNumber(lang) : RelayChecks.AttendeesProblem(attendees.Value, desk.Headcount(unit!), lang);
            if (p is not null) return TurnResult.Of(p + " " + RelayTexts.AskAttendees(lang));
        }
        var notesSlot = intent.Slot("notes");
        if (date is null && attendees is null && notesSlot is null) return TurnResult.Of(RelayTexts.NoCorrectionGiven(lang));

        var state = desk.Board.State(meeting, unit!, desk.Today);
        var form = RelayForms.Parse(intent.Slot("forms"), state.RequiredForms, out _).FirstOrDefault();
        // One transaction: the correction and the channel's status card commit together.
        return desk.Turn.Store.Write(_ =>
        {
            var outcome = desk.Ledger.Correct(meeting, unit!, form, date, attendees, notesSlot);
            if (outcome.Before is null) return TurnResult.Of(RelayTexts.NothingToCorrect(lang, unit!.Name));
            if (outcome.After is null) return TurnResult.Of(RelayTexts.Unchanged(lang));
            var result = desk.Answer(desk.DispatchCard(meeting, outcome.State), RelayTexts.Corrected(lang, outcome.Before, outcome.After));
            desk.Broadcast(result, meeting, outcome.Board!);
            return result;
        });
    }
}
