using System.Text.RegularExpressions;
using ChatBot.Dialogs.Understanding.Time;
using static ChatBot.Dialogs.Features.Intake.Extraction.LabelledFields;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>The short task text a reviewer reads: the work, without its owner, deadline and role brackets.</summary>
internal sealed partial class ExtractionPass
{
    /// <summary>The work itself, short: the predicate after the owner and modal, without deadlines and role brackets.</summary>
    private string TaskOf(List<PieceInfo> clause, PieceInfo main, IReadOnlyList<TimeResolution> deadlines)
    {
        var subject = main.Subject.Trim();
        var ownSubjectIsWork = main.SubjectOwners.Count == 0 && subject.Length > 0 && !Cues.People().IsMatch(subject)
                               && !AllUnitsSubject().IsMatch(subject) && !(main.Modal is { } m0 && Cues.NamesDoersAfter(m0.Value));
        string first;
        if (main.Modal is { } delegated && Cues.NamesDoersAfter(delegated.Value))
        {
            // "请分管同志组织政策法规科…会同…研究…" reads best whole, with who does it.
            first = (main.Modal.Value == "请" ? subject : "") + main.Text[(delegated.Index + delegated.Length)..];
        }
        else if (ownSubjectIsWork || main.LeadingUnit is not null && !main.HasModal) first = main.Text;
        else first = main.Predicate;
        // A reporting cadence ("每周五前报进展") is shown beside the task, not in it.
        var pieces = clause.SkipWhile(p => p != main).Skip(1).Where(p => !p.IsThisWork && !AssistBefore().IsMatch(p.Masked) && !IsCadence(p.Text)).Select(p => p.Text).ToList();
        // "由市园林处牵头，4月上旬完成" — the lead piece carries no work; the work is in the pieces around it.
        if (RoleOnly().IsMatch(first.Trim()))
        {
            first = "";
            pieces = clause.Where(p => p != main && !p.IsThisWork && !AssistBefore().IsMatch(p.Masked)).Select(p => p.Text).ToList();
        }
        // "…金南大道西延线、凤凰山隧道工程进度滞后，市政工程处务必要…" — what the work is about comes first.
        var about = clause.TakeWhile(p => p != main).Where(p => p.Text.Length > 4 && Cues.WorkItem().IsMatch(p.Masked) && !Circumstance().IsMatch(p.Text)).Select(p => p.Text);
        var task = string.Join("，", about.Concat(pieces.Prepend(LeadingFiller().Replace(first, ""))).Where(t => t.Length > 0));
        task = RoleBracket().Replace(task, "");
        task = TrimDeadlines(task, deadlines);
        if (task.Trim('，', '、', ' ').Length < 2) task = main.Text;
        return Shorten(task.Trim('，', '、', ' '));
    }

    private static bool IsCadence(string piece) => piece.Length <= 16 && Understanding.Cadence.ReportCadenceParser.Find(piece) is not null;

    private static string TrimDeadlines(string task, IReadOnlyList<TimeResolution> deadlines)
    {
        foreach (var d in deadlines.Where(d => d.Kind is not TimeKind.Ongoing))
            task = Regex.Replace(task, $"(?:在|于)?{Regex.Escape(d.Text)}(?:前|之前)?", "");
        task = TrailingDone().Replace(LeadingFiller().Replace(task, ""), "");
        return LoosePunctuation().Replace(task, m => m.Length > 1 && m.Value.All(c => c is '，' or '、') ? "，" : "").Trim('，', '、', '。', ' ');
    }

    /// <summary>What is left where a deadline was cut out: "整治。，对…" → "整治。对…".</summary>
    [GeneratedRegex(@"[，、]+(?=[。；])|(?<=[。；])[，、]+|[，、]{2,}")]
    private static partial Regex LoosePunctuation();

    [GeneratedRegex(@"^(?<list>[^，,。；;]{2,30}?)(?:负责|牵头)(?:统筹协调|组织协调|统筹推进|牵头抓总|组织实施|督促落实|具体实施|具体落实|落实)?$")]
    private static partial Regex LeadOnly();

    [GeneratedRegex(@"^(?:牵头|负责|主责)?$")]
    private static partial Regex RoleOnly();

    [GeneratedRegex(@"[（(][^（）()]*(?:牵头|负责|配合|参与|单位|前|完成)[^（）()]*[）)]")]
    private static partial Regex RoleBracket();

    [GeneratedRegex(@"[，,]?\s*(?:力争|全部|确保)?完成$")]
    private static partial Regex TrailingDone();

    [GeneratedRegex(@"各单位|各责任单位|各牵头单位|各科室|各部门")]
    private static partial Regex AllUnitsSubject();

    private static string Shorten(string task) => task.Length <= 60 ? task : task[..59] + "…";

    [GeneratedRegex(@"^(?:按照|根据|依据|在|为|围绕|通过|结合|会议|经)")]
    private static partial Regex Circumstance();

    [GeneratedRegex(@"^(?:要|须|务必|必须|在|于|，|牵头，|负责，)+")]
    private static partial Regex LeadingFiller();
}
