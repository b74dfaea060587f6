using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>The cards a unit sees: the dispatch message (交办通知) and the relay confirmation form.</summary>
public static class RelayCards
{
    /// <summary>
    /// The 1:1 dispatch card for a unit's head or liaison: the meeting, the relay requirement (forms,
    /// due date), the unit's numbered directives (第N条, deadline, lead/assisting), and two actions —
    /// 签收 (verb <c>signFor</c>) and 确认已传达 (verb <c>relayConfirm</c>, opens the form), both
    /// Action.Execute with data <c>{meetingId, unitId, for}</c> and an Action.Submit fallback.
    /// </summary>
    /// <param name="meeting">A dispatched meeting; its <see cref="Meeting.Relay"/> requirements that name this unit (or "*") are shown.</param>
    /// <param name="unit">The unit the card is for.</param>
    /// <param name="assignments">The unit's assignments of this meeting (shown by <see cref="Assignment.Number"/>).</param>
    /// <param name="lang">The recipient's language.</param>
    /// <param name="memberId">The recipient; carried in the action data ("for") so an answer can be traced to the card it came from.</param>
    /// <param name="state">The unit's current relay state (from <see cref="RelayBoard.State"/>) when re-drawing the card after 签收 or a confirmation; null for a fresh dispatch.</param>
    /// <param name="zone">Time zone for the 签收 time; Asia/Shanghai when null.</param>
    public static JsonObject Dispatch(Meeting meeting, Unit unit, IReadOnlyList<Assignment> assignments, Lang lang, string memberId,
        RelayUnitState? state = null, TimeZoneInfo? zone = null)
    {
        var requirements = meeting.Relay.Where(r => r.UnitIds.Contains(RelayBoard.AllUnits) || r.UnitIds.Contains(unit.Id)).ToList();
        var forms = requirements.SelectMany(r => r.Forms).Distinct().ToList();
        var due = requirements.Where(r => r.Due is not null).Select(r => r.Due).Min();
        var dueText = due is { } d ? RelayTexts.Date(lang, d) : RelayTexts.NoDue(lang, requirements.Select(r => r.DeadlineText).FirstOrDefault(t => t is not null));

        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(RelayTexts.DispatchTitle(lang), bold: true, size: "Medium"),
            AdaptiveCard.Text(RelayTexts.DispatchIntro(lang, unit.Name), subtle: true),
            AdaptiveCard.Facts(new List<(string, string)>
            {
                (RelayTexts.Meeting(lang), meeting.Title),
                (RelayTexts.MeetingDate(lang), meeting.Date is { } md ? RelayTexts.Date(lang, md) : "—"),
            }),
        };
        if (requirements.Count > 0)
        {
            body.Add(AdaptiveCard.Text(RelayTexts.RequirementLabel(lang), bold: true));
            body.Add(AdaptiveCard.Facts(new List<(string, string)>
            {
                (RelayTexts.FormsLabel(lang), forms.Count > 0 ? RelayForms.List(forms, lang) : "—"),
                (RelayTexts.DueLabel(lang), dueText),
            }));
            foreach (var source in requirements.Select(r => r.Source).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct())
                body.Add(AdaptiveCard.Text(RelayTexts.Quoted(lang, source), subtle: true));
        }

        body.Add(AdaptiveCard.Text(assignments.Count > 0 ? RelayTexts.Directives(lang, assignments.Count) : RelayTexts.NoDirectives(lang), bold: assignments.Count > 0));

        var tail = new List<JsonNode>();
        if (state is not null) tail.AddRange(StateLines(state, lang, zone));
        tail.Add(AdaptiveCard.Text(RelayTexts.EvidenceHint(lang), subtle: true, size: "Small"));
        var data = RelayVerbs.Data(meeting.Id, unit.Id);
        data["for"] = memberId;
        var actions = new List<JsonNode>();
        if (state?.Receipt is null) actions.Add(RelayVerbs.Execute(RelayTexts.SignAction(lang), RelayCapability.SignFor, data));
        if (state is null || !state.Done) actions.Add(RelayVerbs.Execute(RelayTexts.ConfirmAction(lang), RelayCapability.Confirm, data));
        if (actions.Count > 0) tail.Add(AdaptiveCard.ActionSet(actions.ToArray()));

        // A unit with hundreds of items: as many as fit, then where to see the rest; the buttons always stay.
        var rows = assignments.OrderBy(a => a.Number).Select(a => (JsonNode)DirectiveRow(a, lang)).ToList();
        var more = AdaptiveCard.Text(RelayTexts.MoreDirectives(lang, rows.Count, rows.Count + 1), subtle: true);
        var shown = CardSize.HowManyFit(rows, CardSize.Bytes(body) + CardSize.Bytes(tail) + CardSize.Bytes(more) + 32);
        body.AddRange(rows.Take(shown));
        if (shown < rows.Count) body.Add(AdaptiveCard.Text(RelayTexts.MoreDirectives(lang, shown, rows.Count), subtle: true));
        body.AddRange(tail);
        return CardSize.Guard(AdaptiveCard.New(body.ToArray()));
    }

    private static JsonObject DirectiveRow(Assignment a, Lang lang) => AdaptiveCard.Container(
    [
        AdaptiveCard.Text(RelayTexts.DirectiveHeading(lang, a)),
        AdaptiveCard.Text(a.Task),
    ], separator: true);

    private static IEnumerable<JsonNode> StateLines(RelayUnitState state, Lang lang, TimeZoneInfo? zone)
    {
        if (state.Receipt is { } r)
            yield return AdaptiveCard.Text(RelayTexts.SignedBy(lang, state.SignerName ?? r.SignedBy, RelayTexts.Time(lang, TimeZoneInfo.ConvertTime(r.SignedAt, zone ?? BureauClock.ResolveZone(null)))), color: "Good");
        if (state.Confirmations.Count > 0)
            yield return AdaptiveCard.Text("✅ " + string.Join(RelayTexts.ListSeparator(lang), state.Confirmations.Select(c => RelayTexts.Summary(lang, c))), color: "Good");
        if (state.Confirmations.Count > 0 || state.State == RelayState.Overdue)
            yield return state.Done
                ? AdaptiveCard.Text(RelayTexts.AllDone(lang, state.Unit.Name), bold: true, color: "Good")
                : AdaptiveCard.Text(RelayTexts.Remaining(lang, state.Remaining), color: state.State == RelayState.Overdue ? "Attention" : "Warning");
    }

    /// <summary>
    /// The confirmation form (Adaptive Card 1.5): date (default today), forms (multi-select, the
    /// outstanding required ones pre-selected), attendees, notes. With a <paramref name="draft"/> it is
    /// the values typed so far; <paramref name="prefilled"/> makes it the card of a typed confirmation,
    /// whose one action is 确认.
    /// </summary>
    public static JsonObject Form(Meeting meeting, RelayUnitState state, Lang lang, DateOnly today, RelayDraft? draft = null,
        IEnumerable<string>? problems = null, bool prefilled = false)
    {
        var allForms = RelayForms.Known.Concat(state.RequiredForms).Distinct().ToList();
        var selected = draft?.Forms.Count > 0 ? draft.Forms : (state.RequiredForms.Count > 0 ? state.Remaining.ToList() : []);
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(prefilled ? RelayTexts.PrefilledTitle(lang, state.Unit.Name) : RelayTexts.FormTitle(lang, state.Unit.Name), bold: true, size: "Medium"),
            AdaptiveCard.Text(meeting.Title, subtle: true),
        };
        foreach (var p in problems ?? []) body.Add(AdaptiveCard.Text(p, color: "Attention"));
        if (state.RequiredForms.Count > 0 && !state.Done)
            body.Add(AdaptiveCard.Text(RelayTexts.Remaining(lang, state.Remaining), color: "Warning"));

        body.Add(new JsonObject
        {
            ["type"] = "Input.Date", ["id"] = "date", ["label"] = RelayTexts.FormDate(lang),
            ["value"] = (draft?.Date ?? today).ToString("yyyy-MM-dd"), ["max"] = today.ToString("yyyy-MM-dd"),
            ["isRequired"] = true, ["errorMessage"] = RelayTexts.Required(lang),
        });
        body.Add(new JsonObject
        {
            ["type"] = "Input.ChoiceSet", ["id"] = "forms", ["label"] = RelayTexts.FormForms(lang),
            ["isMultiSelect"] = true, ["style"] = "expanded", ["value"] = string.Join(",", selected),
            ["choices"] = new JsonArray(allForms.Select(f => (JsonNode)new JsonObject { ["title"] = RelayForms.Display(f, lang), ["value"] = f }).ToArray()),
            ["isRequired"] = true, ["errorMessage"] = RelayTexts.NoForms(lang),
        });
        var attendees = new JsonObject
        {
            ["type"] = "Input.Number", ["id"] = "attendees", ["label"] = RelayTexts.FormAttendees(lang),
            ["min"] = 1, ["isRequired"] = true, ["errorMessage"] = RelayTexts.AttendeesNotPositive(lang),
        };
        if (draft?.Attendees is { } n) attendees["value"] = n;
        body.Add(attendees);
        var notes = new JsonObject { ["type"] = "Input.Text", ["id"] = "notes", ["label"] = RelayTexts.FormNotes(lang), ["isMultiline"] = true, ["maxLength"] = 500 };
        if (!string.IsNullOrWhiteSpace(draft?.Notes)) notes["value"] = draft.Notes;
        body.Add(notes);
        body.Add(AdaptiveCard.Text(draft?.Evidence.Count > 0 ? RelayTexts.Evidence(lang, draft.Evidence.Count) : RelayTexts.EvidenceHint(lang), subtle: true, size: "Small"));
        if (prefilled) body.Add(AdaptiveCard.Text(RelayTexts.TypeConfirm(lang), subtle: true, size: "Small"));

        var title = prefilled ? RelayTexts.ConfirmButton(lang) : RelayTexts.FormSubmit(lang);
        body.Add(AdaptiveCard.ActionSet(RelayVerbs.Execute(title, RelayCapability.Submit, RelayVerbs.Data(meeting.Id, state.Unit.Id))));
        return AdaptiveCard.New(body.ToArray());
    }

    /// <summary>Which unit? — one button per unit for a member who acts for several.</summary>
    public static JsonObject ChooseUnit(IReadOnlyList<Unit> units, Meeting meeting, Lang lang) =>
        AdaptiveCard.New(
            AdaptiveCard.Text(RelayTexts.AskUnit(lang), bold: true),
            AdaptiveCard.ActionSet(units.Select(u => (JsonNode)AdaptiveCard.Submit(u.Name, RelayCapability.ChooseUnit, RelayVerbs.Data(meeting.Id, u.Id))).ToArray()));
}
