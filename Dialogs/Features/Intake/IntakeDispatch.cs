using ChatBot.Dialogs.Features.Delivery;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake.Review;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Intake;

/// <summary>
/// 交办: a confirmed draft becomes the meeting, its relay requirements, directives and one assignment
/// per owner unit — one store transaction, audited — then each unit's head and liaison get the 1:1
/// dispatch card and the channel gets the status card. The draft id is the meeting id, so a second
/// confirmation finds the meeting and sends nothing.
/// </summary>
public static class IntakeDispatch
{
    public static TurnResult Confirm(TurnContext turn, IntakeDraft draft)
    {
        var lang = turn.Lang;
        var roster = new RosterNames(turn.Store.Roster.Units().ToList());
        var problems = DispatchCheck.Problems(draft, roster, lang);
        if (problems.Count > 0) return TurnResult.Of(IntakeTexts.Blocked(lang, problems));

        var now = turn.Clock.UtcNow;
        var title = draft.Extraction.Meeting.Title ?? IntakeTexts.Untitled(turn.Bureau.Default);
        TurnResult? result = null;
        var meeting = turn.Store.Write(s =>
        {
            // Inside the transaction: two clicks racing see each other's meeting.
            if (s.Meetings.Get(draft.Id) is not null) return null;
            var m = new Meeting
            {
                Id = draft.Id,
                Title = title,
                Date = draft.Extraction.Meeting.Date,
                Speaker = draft.Extraction.Meeting.Speaker,
                Status = MeetingStatus.Dispatched,
                CreatedBy = turn.Member.Id,
                CreatedAt = now,
                DispatchedAt = now,
                ChannelConversationId = draft.ConversationType is "channel" or "groupChat" ? draft.ConversationId : null,
                Relay = draft.Extraction.Relay.Select(r => new RelayRequirement
                {
                    UnitIds = r.Units.SelectMany(u => u == RosterNames.AllUnits ? (IEnumerable<string>)[RelayBoard.AllUnits] : roster.Expand(u).Select(x => x.Id)).Distinct().ToList(),
                    Forms = r.Forms.ToList(),
                    DeadlineText = r.DeadlineText,
                    Due = r.Due,
                    Source = r.Source,
                }).ToList(),
            };
            // Numbered sheets (Features/DispatchSheet): 督办〔YYYY〕N号 from the year's counter, in this transaction.
            DispatchSheet.DispatchNumbers.Assign(s, m, turn.Clock);
            s.Meetings.Add(m);
            turn.Audit("meeting", m.Id, "dispatch", null, MeetingStatus.Dispatched.ToString());
            for (var i = 0; i < draft.Items.Count; i++) AddDirective(turn, s, m, draft.Items[i], i + 1, roster, now);
            // The notices are queued in this transaction too: a crash leaves no meeting, or the meeting with all of them.
            result = Notify(turn, m, draft.Items.Count);
            return m;
        });
        if (meeting is null) return TurnResult.Of(IntakeTexts.AlreadyDispatched(lang, title));
        IntakeDrafts.Remove(turn, draft.ConversationId, draft.ReviewerId, draft.Id);
        return result!;
    }

    private static void AddDirective(TurnContext turn, IStoreSession s, Meeting m, Extraction.ExtractedDirective item, int n, RosterNames roster, DateTimeOffset now)
    {
        var directive = new Directive
        {
            Id = $"{m.Id}-d{n}",
            MeetingId = m.Id,
            Number = n,
            Task = item.Task,
            // "*" (局属各单位) is every unit on the roster, as in a relay requirement; names were checked before the write.
            LeadUnitIds = item.Owners.SelectMany(roster.Expand).Select(u => u.Id).Distinct().ToList(),
            DeadlineText = item.DeadlineText,
            Due = item.Due,
            Source = item.Source,
        };
        directive.AssistingUnitIds = item.Assisting.SelectMany(roster.Expand).Select(u => u.Id).Distinct().Except(directive.LeadUnitIds).ToList();
        s.Items.AddDirective(directive);
        turn.Audit("directive", directive.Id, "create", null, directive.Task);
        foreach (var (unitId, role) in directive.LeadUnitIds.Select(u => (u, AssignmentRole.Lead))
                     .Concat(directive.AssistingUnitIds.Select(u => (u, AssignmentRole.Assisting))))
        {
            var number = s.NextNumber("assignment");
            var a = new Assignment
            {
                Id = $"{directive.Id}-{unitId}",
                Number = number,
                DirectiveId = directive.Id,
                MeetingId = m.Id,
                UnitId = unitId,
                Role = role,
                Task = directive.Task,
                Due = directive.Due,
                DeadlineText = directive.DeadlineText,
                CreatedAt = now,
                UpdatedAt = now,
            };
            ItemLifecycle.Open(turn, a);
            // A cadence in the directive's words (每周五前报送进展) becomes the item's reporting cadence.
            Cadence.CadenceFeature.FromDirective(turn, s, a, m.Date, item.Task, item.Source);
        }
    }

    /// <summary>Every unit that owes something — a directive or the relay meeting — hears of it through its head and liaison.</summary>
    private static TurnResult Notify(TurnContext turn, Meeting meeting, int items)
    {
        var lang = turn.Lang;
        var store = turn.Store;
        var assignments = store.Items.OfMeeting(meeting.Id).ToList();
        var unitIds = assignments.Select(a => a.UnitId).Concat(new RelayBoard(store).UnitsOf(meeting).Select(u => u.Id)).Distinct().ToList();
        var result = new TurnResult();
        var notices = new List<ProactiveMessage>();
        var notified = 0;
        var unreachable = new List<string>();
        foreach (var unitId in unitIds)
        {
            var unit = store.Roster.Unit(unitId);
            var contacts = store.Roster.MembersOf(unitId).Where(x => x.HasRole(unitId, UnitRole.Head, UnitRole.Liaison)).ToList();
            if (contacts.Count == 0) unreachable.Add(unit.Name);
            var mine = assignments.Where(a => a.UnitId == unitId).ToList();
            foreach (var member in contacts)
            {
                // In the recipient's own language (the bureau's until they have written to the bot).
                var theirs = turn.LangOf(member);
                var card = RelayCards.Dispatch(meeting, unit, mine, theirs, member.Id, zone: turn.Clock.Zone);
                notices.Add(ProactiveMessage.ToMember(DispatchKeys.Notice(meeting.Id, unitId, member.Id), member.Id,
                    new Reply(IntakeTexts.DispatchNotice(theirs, meeting.Title), card)));
                notified++;
            }
        }
        if (RelayStatusCard.Message(store, meeting, turn.Clock, $"status:{meeting.Id}:dispatch", turn.Bureau.Default) is { } status) notices.Add(status);
        result.Notify(store, notices);
        result.Say(IntakeTexts.Dispatched(lang, meeting.Title, items, unitIds.Count, notified));
        if (unreachable.Count > 0) result.Say(IntakeTexts.NoContact(lang, unreachable));
        return result;
    }
}
