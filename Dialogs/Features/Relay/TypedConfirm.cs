using ChatBot.Dialogs.Understanding;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Conversation.Capabilities;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>
/// 确认已传达 in free text ("我们处昨天下午开了干部职工大会传达了，42人参加"): the understood slots fill a
/// draft, what is missing is asked one question at a time, and a prefilled card is shown to confirm.
/// Nothing is recorded until the user presses 确认 or types 确认. The slots come from the rules or the
/// LLM alike; this class only sees the intent.
/// </summary>
internal static class TypedConfirm
{
    public static TurnResult Start(RelayDesk desk, Intent intent)
    {
        var member = desk.Turn.Member;
        var titleWords = intent.Slot("meeting");
        var meeting = desk.Open(desk.Meetings.Find(null, titleWords, m => member.IsOffice || desk.Duty.OwnUnits(member, m).Count > 0),
            out var problem, named: titleWords is not null);
        if (meeting is null) return TurnResult.Of(problem!);

        var draft = new RelayDraft { MeetingId = meeting.Id };
        var notes = new List<string>();
        var decision = desk.Duty.Decide(member, meeting, intent.Slot("unit"));
        if (decision is RelayDuty.MustChoose choose)
        {
            draft.CandidateUnitIds = choose.Units.Select(u => u.Id).ToList();
        }
        else
        {
            if (desk.Refusal(decision, meeting, out var unit) is { } refusal) return TurnResult.Of(refusal);
            draft.UnitId = unit!.Id;
        }
        Fill(desk, draft, meeting, intent, notes);
        return Advance(desk, draft, meeting, notes);
    }

    /// <summary>The slots of a (re)stated confirmation; a bad value is dropped with a note, so it is asked again.</summary>
    private static void Fill(RelayDesk desk, RelayDraft draft, Meeting meeting, Intent intent, List<string> notes)
    {
        if (intent.Slot("date") is { } dateText)
        {
            var date = RelayChecks.ParseDate(dateText, desk.Today);
            var p = date is null ? RelayTexts.BadDate(desk.Lang) : RelayChecks.DateProblem(date.Value, meeting, desk.Today, desk.Lang);
            if (p is null) draft.Date = date; else notes.Add(p);
        }
        if (intent.Slot("forms") is { } formsText)
        {
            var required = Unit(desk, draft) is { } u ? desk.Board.State(meeting, u, desk.Today).RequiredForms : [];
            var forms = RelayForms.Parse(formsText, required, out var unknown);
            if (unknown.Count > 0) notes.Add(RelayTexts.UnknownForms(desk.Lang, unknown));
            if (forms.Count > 0) draft.Forms = forms;
        }
        if (intent.Slot("attendees") is { } attendeesText) SetAttendees(desk, draft, attendeesText, notes);
        if (intent.Slot("notes") is { } n && !string.IsNullOrWhiteSpace(n)) draft.Notes = n.Trim();
        AddFiles(desk, draft, notes);
    }

    private static bool SetAttendees(RelayDesk desk, RelayDraft draft, string text, List<string> notes)
    {
        var n = RelayChecks.ReadAttendees(text);
        if (n is null) { notes.Add(RelayTexts.AttendeesNotNumber(desk.Lang)); return false; }
        var roster = Unit(desk, draft) is { } u ? desk.Headcount(u) : 0;
        // Before the unit is known the roster bound cannot be applied; it is checked again on recording.
        var p = Unit(desk, draft) is null ? (n <= 0 ? RelayTexts.AttendeesNotPositive(desk.Lang) : null) : RelayChecks.AttendeesProblem(n.Value, roster, desk.Lang);
        if (p is not null) { notes.Add(p); draft.Attendees = null; return false; }
        draft.Attendees = n;
        return true;
    }

    private static void AddFiles(RelayDesk desk, RelayDraft draft, List<string> notes)
    {
        if (desk.Turn.Request.Files.Count == 0) return;
        var sorted = EvidencePolicy.Sort(desk.Turn.Request.Files, desk.Lang);
        draft.Evidence.AddRange(sorted.Kept.Where(k => draft.Evidence.All(e => e.Url != k.Url)));
        notes.AddRange(sorted.Rejected);
        if (sorted.Kept.Count > 0) notes.Add(RelayTexts.EvidenceKept(desk.Lang, sorted.Kept.Count));
    }

    private static Unit? Unit(RelayDesk desk, RelayDraft draft) => draft.UnitId is null ? null : desk.Turn.Store.Roster.Unit(draft.UnitId);

    /// <summary>Asks for the next missing value, or shows the prefilled card once nothing is missing.</summary>
    private static TurnResult Advance(RelayDesk desk, RelayDraft draft, Meeting meeting, List<string> notes)
    {
        var lang = desk.Lang;
        if (Unit(desk, draft) is not { } unit)
        {
            draft.Asking = RelayQuestion.Unit;
            Drafts.Save(desk.Turn, draft);
            var units = draft.CandidateUnitIds.Select(id => desk.Turn.Store.Roster.Unit(id)).Where(u => u is not null).ToList();
            return new TurnResult().Show(RelayCards.ChooseUnit(units!, meeting, lang), Join(notes));
        }
        var state = desk.Board.State(meeting, unit, desk.Today);
        if (state.Done)
        {
            Drafts.Clear(desk.Turn);
            return desk.Answer(desk.DispatchCard(meeting, state), Join(notes), RelayTexts.AlreadyConfirmed(lang, state.Confirmations));
        }
        // Re-check the head count now that the unit is known.
        if (draft.Attendees is { } n && RelayChecks.AttendeesProblem(n, desk.Headcount(unit), lang) is { } p) { notes.Add(p); draft.Attendees = null; }
        if (draft.Forms.Count == 0 && state.RequiredForms.Count > 0 && state.Remaining.Count == 1) draft.Forms = [state.Remaining[0]];

        string? question = null;
        if (draft.Date is null) (draft.Asking, question) = (RelayQuestion.Date, RelayTexts.AskDate(lang));
        else if (draft.Forms.Count == 0) (draft.Asking, question) = (RelayQuestion.Forms, RelayTexts.AskForms(lang, state.RequiredForms.Count > 0 ? state.Remaining : RelayForms.Known));
        else if (draft.Attendees is null) (draft.Asking, question) = (RelayQuestion.Attendees, RelayTexts.AskAttendees(lang));
        else draft.Asking = RelayQuestion.Confirm;
        Drafts.Save(desk.Turn, draft);
        if (question is not null) return TurnResult.Of(Join([.. notes, question])!);
        return new TurnResult().Show(RelayCards.Form(meeting, state, lang, desk.Today, draft, prefilled: true), Join(notes));
    }

    /// <summary>The user's answer while a draft is pending; null hands the turn back to the engine.</summary>
    public static TurnResult? Continue(RelayDesk desk, RelayDraft draft, Intent intent)
    {
        var found = desk.Meetings.Find(draft.MeetingId, null);
        if (found is not RelayMeetings.Open open)
        {
            Drafts.Clear(desk.Turn);
            desk.Open(found, out var gone, named: true);
            return TurnResult.Of(gone!);
        }
        var meeting = open.Meeting;
        var notes = new List<string>();
        if (intent.Is(RelayCapability.Confirm) || intent.Is(RelayCapability.Correct))
        {
            if (draft.UnitId is null && intent.Slot("unit") is { } named) Choose(desk, draft, named);
            Fill(desk, draft, meeting, intent, notes);
            return Advance(desk, draft, meeting, notes);
        }
        if (intent.Name == EngineCapability.Confirm)
            return draft.Asking == RelayQuestion.Confirm ? Record(desk, draft, meeting) : Reask(desk, draft, meeting, notes);
        // Another request (我的待办, 帮助…) is answered normally; the draft waits.
        if (intent.Name != EngineCapability.Unknown) return null;

        var text = desk.Turn.Request.Text ?? "";
        var hadFiles = desk.Turn.Request.Files.Count > 0;
        AddFiles(desk, draft, notes);
        var answered = draft.Asking switch
        {
            RelayQuestion.Unit => Choose(desk, draft, text),
            RelayQuestion.Date => SetDate(desk, draft, meeting, text, notes),
            RelayQuestion.Forms => SetForms(desk, draft, meeting, text),
            RelayQuestion.Attendees => SetAttendees(desk, draft, text, notes),
            _ => false,
        };
        if (!answered && !hadFiles && notes.Count == 0) notes.Add(RelayTexts.NotAnAnswer(desk.Lang, "").Trim());
        return answered || hadFiles ? Advance(desk, draft, meeting, notes) : Reask(desk, draft, meeting, notes);
    }

    /// <summary>A unit picked from the choice card.</summary>
    public static TurnResult ChooseFromCard(RelayDesk desk)
    {
        var draft = Drafts.Live(desk.Turn);
        var unitId = desk.ActionValue("unitId");
        if (draft is null || unitId is null || draft.MeetingId != desk.ActionValue("meetingId"))
            return TurnResult.Of(RelayTexts.ChoiceExpired(desk.Lang));
        return Continue(desk, draft, Intent.Of(RelayCapability.Confirm, ("unit", unitId)))!;
    }

    private static bool Choose(RelayDesk desk, RelayDraft draft, string text)
    {
        var candidates = draft.CandidateUnitIds.Select(id => desk.Turn.Store.Roster.Unit(id)).Where(u => u is not null).ToList();
        var pick = candidates.FirstOrDefault(u => u!.Id == text.Trim() || u.AllNames().Any(n => text.Contains(n, StringComparison.Ordinal)))
            ?? (ChineseNumerals.Find(text) is { } i && i >= 1 && i <= candidates.Count ? candidates[i - 1] : null);
        if (pick is null) return false;
        draft.UnitId = pick.Id;
        return true;
    }

    private static bool SetDate(RelayDesk desk, RelayDraft draft, Meeting meeting, string text, List<string> notes)
    {
        var date = RelayChecks.ParseDate(text, desk.Today);
        if (date is null) return false;
        if (RelayChecks.DateProblem(date.Value, meeting, desk.Today, desk.Lang) is { } p) { notes.Add(p); return false; }
        draft.Date = date;
        return true;
    }

    private static bool SetForms(RelayDesk desk, RelayDraft draft, Meeting meeting, string text)
    {
        var required = Unit(desk, draft) is { } u ? desk.Board.State(meeting, u, desk.Today).RequiredForms : [];
        var forms = RelayForms.FindIn(text, required);
        if (forms.Count == 0) forms = RelayForms.Parse(text, required, out _);
        if (forms.Count == 0) return false;
        draft.Forms = forms;
        return true;
    }

    private static TurnResult Reask(RelayDesk desk, RelayDraft draft, Meeting meeting, List<string> notes)
    {
        var lang = desk.Lang;
        if (draft.Asking == RelayQuestion.Confirm) notes.Add(RelayTexts.TypeConfirm(lang));
        return draft.Asking == RelayQuestion.Confirm || draft.Asking == RelayQuestion.Unit
            ? TurnResult.Of(Join([.. notes, draft.Asking == RelayQuestion.Unit ? RelayTexts.AskUnit(lang) : null])!)
            : Advance(desk, draft, meeting, notes);
    }

    private static TurnResult Record(RelayDesk desk, RelayDraft draft, Meeting meeting)
    {
        var unit = Unit(desk, draft)!;
        // The roles may have changed since the draft began; check again before writing.
        if (!RelayDuty.MayActFor(desk.Turn.Member, unit.Id)) { Drafts.Clear(desk.Turn); return TurnResult.Of(RelayTexts.NotYourUnit(desk.Lang, unit.Name)); }
        return ConfirmForm.Record(desk, meeting, unit, draft, []);
    }

    private static string? Join(IEnumerable<string?> lines)
    {
        var text = string.Join("\n\n", lines.Where(l => !string.IsNullOrWhiteSpace(l)));
        return text.Length > 0 ? text : null;
    }
}
