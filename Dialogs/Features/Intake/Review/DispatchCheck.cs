using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Intake.Review;

/// <summary>What stops a draft from being dispatched: owners or relay units not on the roster, items without a lead.</summary>
public static class DispatchCheck
{
    public static List<string> Problems(IntakeDraft draft, RosterNames roster, Lang lang)
    {
        var problems = new List<string>();
        if (draft.Items.Count == 0) problems.Add(IntakeTexts.NothingLeft(lang));
        for (var i = 0; i < draft.Items.Count; i++)
        {
            var d = draft.Items[i];
            var unknown = d.Owners.Concat(d.Assisting).Where(o => o == RosterNames.AllUnits ? false : !roster.IsKnown(o)).Distinct().ToList();
            if (unknown.Count > 0) problems.Add(IntakeTexts.UnknownUnits(lang, i + 1, unknown));
            else if (d.Owners.Count == 0) problems.Add(IntakeTexts.NoOwner(lang, i + 1));
        }
        var relayUnknown = draft.Extraction.Relay.SelectMany(r => r.Units).Where(u => !roster.IsKnown(u)).Distinct().ToList();
        if (relayUnknown.Count > 0) problems.Add(IntakeTexts.UnknownRelayUnits(lang, relayUnknown));
        return problems;
    }
}
