using System.Text.RegularExpressions;
using ChatBot.Dialogs.Understanding.Time;
using static ChatBot.Dialogs.Features.Intake.Extraction.LabelledFields;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>Deciding what a clause is: a directive, or neither (exhortation, narration). Relay requirements are read in Relay/.</summary>
internal sealed partial class ExtractionPass
{
    private Draft? Clause(List<PieceInfo> clause, List<Owner> carried, bool minutes, Segment seg)
    {
        var main = clause.FirstOrDefault(p => p.HasModal && !p.IsThisWork)
                   ?? clause.FirstOrDefault(p => p.Filing is not null || p.LeadingUnit is not null);
        var span = new TextSpan(clause[0].Span.Start, clause[^1].Span.End);
        var clauseText = span.Of(text);
        var masked = Masking.Mask(clauseText);
        var brackets = ReadBrackets(clauseText);
        var labels = ReadLabels(clauseText);
        var deadlines = time.FindDeadlines(clauseText, reference);
        var deadline = ChooseDeadline(clauseText, deadlines);

        if (main is null)
        {
            // A numbered plan item without a modal still assigns work when it names its lead or deadline.
            if (!(brackets.Leads.Count > 0 || labels is { Leads.Count: > 0 } || (seg.Enumerated && deadline is { Kind: TimeKind.Date or TimeKind.NeedsDate })
                  || (seg.Enumerated && SectionOwner() is not null)))
                return null;
            main = clause[0];
        }
        if (Cues.DoneReport().IsMatch(main.Masked)) return null;
        // Notices and letters narrate what was done ("X会同Y研究提出了意见"); a speech's own voice is left to the cues above.
        if (_declarative && IsPast(main.Masked) && !main.Masked.Contains('将')) return null;
        if (_declarative && NarratesOrFrames(masked) && !(brackets.Leads.Count > 0 || labels is { Leads.Count: > 0 })) return null;
        // A row of a scoring table ("应…（2分）") states a standard to be assessed against, not a task; its bracket is masked above.
        if (ScoreRow().IsMatch(clauseText) || ScoreRow().IsMatch(_lines[seg.Line].Of(text))) return null;

        var leads = CollectLeads(clause, main, brackets, labels);
        var assisting = CollectAssisting(masked, brackets, labels);
        if (main.Filing is { } filing)
        {
            var recipient = owners.Classify(filing.Groups["to"].Value.Trim()).Name;
            leads.RemoveAll(o => o.Name == recipient);
        }
        if (leads.Count == 0 && main.LeadingUnit is { } lu) leads.Add(lu);
        var fromContext = false;
        if (leads.Count == 0 && carried.Count > 0) { leads.AddRange(carried); fromContext = true; }
        // Something to be filed with nobody named: every unit files its own.
        if (leads.Count == 0 && main.Filing is not null) leads.Add(new Owner(OwnerReader.AllUnits, OwnerKind.AllUnits));
        if (leads.Count == 0 && SectionOwner() is { } section) { leads.AddRange(section); fromContext = true; }
        if (labels?.Deadline is { } labelled) deadline = DeadlineOfCell(labelled);
        if (brackets.Deadline is { } inBracket && deadline is null) deadline = DeadlineOfCell(inBracket);
        deadline ??= SectionDeadline();

        var explicitFacts = brackets.Leads.Count > 0 || labels is { Leads.Count: > 0 };
        var item = seg.Enumerated && !main.HasModal && main.Filing is null && main.LeadingUnit is null;
        if (!(item ? leads.Count > 0 || deadline is not null : Accept(main, masked, leads, deadline, fromContext, explicitFacts, minutes))) return null;
        var draft = NewDraft(span, TaskOf(clause, main, deadlines), leads, deadline);
        draft.Assisting = assisting;
        return draft;
    }

    /// <summary>Whether the clause is something a unit can check off, rather than an exhortation or narration.</summary>
    private static bool Accept(PieceInfo main, string clauseMasked, List<Owner> leads, TimeResolution? deadline, bool ownersFromContext, bool explicitFacts, bool minutes)
    {
        if (main.Filing is not null && !main.HasModal) return true;
        if (explicitFacts && leads.Count > 0) return true;
        var predicate = main.MaskedPredicate;
        var exhortation = Cues.Exhortation().IsMatch(predicate);
        var concrete = deadline is { Kind: TimeKind.Date } || (deadline is { Kind: TimeKind.NeedsDate } && deadline.Text.Any(c => c == '月' || c == '年'));
        var subject = Masking.Mask(main.Subject);
        var ownSpecific = !ownersFromContext && leads.Any(o => o.Kind is OwnerKind.Roster or OwnerKind.Unknown);

        if (!main.HasModal)
            return main.LeadingUnit is not null && !Cues.MeetingNarration().IsMatch(main.Masked) && (concrete || explicitFacts || minutes);
        if (ownSpecific) return !exhortation || deadline is not null || Cues.WorkItem().IsMatch(predicate);
        // 各单位 or a person in charge: the whole clause must be free of exhortation ("…要切实履行…，带头转变作风").
        if (!ownersFromContext && leads.Count > 0) return !(exhortation || Cues.Exhortation().IsMatch(clauseMasked)) || concrete;
        // No named owner of its own: only a named piece of work ("户外广告排查整治要…") or a dated task counts.
        var workSubject = subject.Length >= 4 && Cues.WorkItem().IsMatch(subject) && !Cues.People().IsMatch(subject)
            && !MeansSubject().IsMatch(subject) && main.Predicate.Trim().Length >= 4;
        if (Cues.People().IsMatch(subject) || exhortation) return false;
        return workSubject || (concrete && subject.Length > 0) || (ownersFromContext && subject.Length == 0 && predicate.Length > 4 && deadline is not null);
    }

    /// <summary>"靠制度管人管事要加强", "以…为契机要…": a means or circumstance, not a piece of work.</summary>
    [GeneratedRegex(@"^(?:靠|以|用|通过|对|在|按照|根据|围绕|针对|为了?|把|将)")]
    private static partial Regex MeansSubject();
}
