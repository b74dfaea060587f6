using System.Text.RegularExpressions;
using ChatBot.Dialogs.Understanding.Time;
using static ChatBot.Dialogs.Features.Intake.Extraction.LabelledFields;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>
/// One reading of one text, top to bottom. Keeps the state a reader keeps: the section's owner and stage
/// deadline, the last directive (labelled fields and "此项工作于…前完成" attach to it), the last numbered item
/// (a plan's "1．开展…" becomes a directive when its 责任单位 line follows).
/// </summary>
internal sealed partial class ExtractionPass(string text, OwnerReader owners, ChineseTimeResolver time, DateOnly reference)
{
    public List<Draft> Drafts { get; } = [];
    public List<RelayDraft> Relays { get; } = [];

    private readonly Dictionary<int, List<Owner>> _sectionOwners = [];
    private readonly Dictionary<int, TimeResolution> _sectionDeadlines = [];
    private Draft? _recent;
    private Segment? _pendingItem;
    private bool _minutes;

    public void Run()
    {
        var lines = ClauseSegmenter.Lines(text);
        var consumed = new HashSet<int>();
        foreach (var row in FlatTable.Read(text, lines, consumed))
            AddRow(row);
        for (var i = 0; i < lines.Count; i++)
        {
            if (consumed.Contains(i) || lines[i].Length == 0) continue;
            foreach (var seg in ClauseSegmenter.Sentences(text, lines[i], i))
                Segment(seg);
        }
    }

    // ── tables ───────────────────────────────────────────────────────────────────────────────────────

    private void AddRow(TableRow row)
    {
        var task = new[] { row.Get(Column.Measure), row.Get(Column.Task), row.Get(Column.Problem) }.FirstOrDefault(t => t.Length > 0);
        if (task is null) return;
        var deadlineCell = row.Get(Column.Deadline);
        Drafts.Add(new Draft
        {
            Span = row.Span,
            Task = Shorten(task),
            Leads = owners.ReadExplicit(row.Get(Column.Lead)),
            Assisting = AsWritten(owners.ReadExplicit(row.Get(Column.Assisting))),
            Deadline = deadlineCell.Length == 0 ? null : DeadlineOfCell(deadlineCell),
        });
    }

    private TimeResolution DeadlineOfCell(string cell)
    {
        var found = time.FindDeadlines(cell, reference);
        if (found.Count > 0) return found[^1];
        var chat = time.Resolve(cell, reference);
        return chat.Kind == TimeKind.None ? new TimeResolution(TimeKind.NeedsDate, null, cell) : chat;
    }

    // ── sentences ────────────────────────────────────────────────────────────────────────────────────

    private void Segment(Segment seg)
    {
        var bodyStart = seg.Span.Start + ClauseSegmenter.EnumeratorLength(text, seg.Span.Start);
        if (bodyStart >= seg.Span.End) return;
        var body = new TextSpan(bodyStart, seg.Span.End);
        var bodyText = body.Of(text);

        if (IsLabelOnly(bodyText) || IsBracketOnly(bodyText))
        {
            var facts = IsLabelOnly(bodyText) ? ReadLabels(bodyText.Trim('（', '）', '(', ')')) : ReadBrackets(bodyText);
            if (facts is { Any: true }) AttachFacts(facts, seg);
            return;
        }

        // "整改措施：1.…。2.…。" — the measures are the task of the item; a later 责任单位 line completes it.
        if (TaskLabel().Match(bodyText) is { Success: true } label)
        {
            var content = new TextSpan(body.Start + label.Length, body.End);
            if (content.Length == 0) return;
            var count = Drafts.Count;
            Sentence(content, seg with { Span = content, EnumLevel = Math.Max(seg.EnumLevel, 3) });
            if (Drafts.Count == count) { _pendingItem = seg with { Span = content }; _recent = null; }
            return;
        }
        if (_recent is null && _pendingItem is { } pending && pending.Line == seg.Line)
        {
            // "（2）集中整治。…依法拆除。市容科负责统筹协调。" — the unit leads the numbered item.
            if (LeadOnly().Match(bodyText) is { Success: true } lead && owners.ReadList(lead.Groups["list"].Value) is { Count: > 0 } named && named.All(o => o.IsUnit))
            {
                var facts = new FieldFacts();
                facts.Leads.Add(lead.Groups["list"].Value);
                AttachFacts(facts, seg);
                return;
            }
            if (Cues.Modal().Match(Masking.Mask(bodyText)) is not { Success: true } && !ReadBrackets(bodyText).Any)
            {
                // "（1）摸底排查。11月30日前，各执法大队对…摸底" — the item's heading words open the directive's source.
                var count = Drafts.Count;
                Sentence(body, seg with { Span = body });
                if (Drafts.Count > count) Drafts[^1].Span = Drafts[^1].Span with { Start = pending.Span.Start };
                else _pendingItem = pending with { Span = pending.Span with { End = seg.Span.End } };
                return;
            }
        }

        if (seg.Enumerated) { _recent = null; _pendingItem = null; }
        var deadlines = time.FindDeadlines(bodyText, reference);
        var dated = deadlines.Any(d => d.Kind is TimeKind.Date or TimeKind.NeedsDate);
        var underUnitSection = _sectionOwners.Keys.Any(k => k < seg.EnumLevel);
        // "（三）属地街道做好商户思想工作" names a doer and a task; "（三）市政工程处" only names a section.
        var namesDoer = owners.LeadingUnit(bodyText) is not null && !IsUnitName(bodyText);
        if (seg.Enumerated && seg.WholeLine && bodyText.Length <= 40 && Cues.Modal().Match(Masking.Mask(bodyText)) is not { Success: true }
            && !ReadBrackets(bodyText).Leads.Any() && (!dated || bodyText.Contains("阶段")) && !underUnitSection && !namesDoer)
        {
            Heading(seg.EnumLevel, bodyText, deadlines);
            _pendingItem = seg with { Span = body };
            return;
        }
        var before = Drafts.Count;
        Sentence(body, seg with { Span = body });
        // A numbered item that assigned nothing yet may still get its 责任单位 line next.
        if (Drafts.Count == before && seg.Enumerated) _pendingItem = seg with { Span = body };
    }

    private static bool IsBracketOnly(string s) =>
        s.Length > 2 && s[0] is '（' or '(' && s[^1] is '）' or ')' && s.IndexOfAny(['（', '('], 1) < 0;

    private void Heading(int level, string body, IReadOnlyList<TimeResolution> deadlines)
    {
        foreach (var k in _sectionOwners.Keys.Where(k => k >= level).ToList()) _sectionOwners.Remove(k);
        foreach (var k in _sectionDeadlines.Keys.Where(k => k >= level).ToList()) _sectionDeadlines.Remove(k);
        // "（三）市政工程处" — a section named after a unit assigns everything under it to that unit.
        if (IsUnitName(body)) _sectionOwners[level] = owners.ReadList(body.Trim().TrimEnd('：', ':', '。'));
        // "（一）动员部署阶段（3月1日—3月15日）" — a stage's end is the deadline of its items.
        if (body.Contains("阶段") && deadlines.Count > 0) _sectionDeadlines[level] = deadlines[^1];
    }

    private bool IsUnitName(string body)
    {
        var named = owners.ReadList(body.Trim().TrimEnd('：', ':', '。'));
        return named.Count > 0 && named.All(o => o.IsUnit);
    }

    private List<Owner>? SectionOwner() => _sectionOwners.OrderByDescending(k => k.Key).Select(k => k.Value).FirstOrDefault();
    private TimeResolution? SectionDeadline() => _sectionDeadlines.OrderByDescending(k => k.Key).Select(k => (TimeResolution?)k.Value).FirstOrDefault();

    /// <summary>Fields on their own line: they complete the last directive, or make the numbered item above one.</summary>
    private void AttachFacts(FieldFacts facts, Segment seg)
    {
        var target = _recent;
        if (target is null && _pendingItem is { } item)
        {
            var itemText = item.Span.Of(text);
            var dated = time.FindDeadlines(itemText, reference);
            target = NewDraft(item.Span, itemText, [], dated.Count > 0 ? dated[^1] : SectionDeadline());
            target.Task = Shorten(TrimDeadlines(itemText, dated));
            target.Leads = SectionOwner() ?? [];
            _pendingItem = null;
        }
        if (target is null) return;
        var leads = facts.Leads.SelectMany(owners.ReadExplicit).ToList();
        if (leads.Count > 0) target.Leads = leads;
        target.Assisting = AsWritten([.. target.Assisting, .. facts.Assisting.SelectMany(owners.ReadExplicit)]);
        if (facts.Deadline is { } dl) target.Deadline = DeadlineOfCell(dl);
        if (seg.Span.End > target.Span.End) target.Span = target.Span with { End = seg.Span.End };
    }

    private void Sentence(TextSpan body, Segment seg)
    {
        var pieces = ClauseSegmenter.Pieces(text, body).Select(Analyze).ToList();
        // "此项工作要在X月上旬完成。" opening a sentence finishes the directive before it.
        if (pieces.Count > 0 && pieces[0].IsThisWork && _recent is { } recent)
        {
            var dls = time.FindDeadlines(pieces[0].Text, reference);
            recent.Deadline = dls[^1];
            recent.Span = recent.Span with { End = pieces[0].Span.End };
            pieces.RemoveAt(0);
        }
        // Minutes assign by naming the unit ("属地街道做好…") once "会议决定/要求" has been said.
        _minutes |= pieces.Any(p => Cues.MinutesLead().IsMatch(p.Text));
        var minutes = _minutes;
        List<Owner> carried = [];
        foreach (var clause in Group(pieces))
        {
            var draft = Clause(clause, carried, minutes, seg);
            if (draft is not null && draft.Leads.Count > 0) carried = draft.Leads;
        }
    }

    private PieceInfo Analyze(TextSpan span)
    {
        var t = span.Of(text);
        var masked = Masking.Mask(t);
        var modal = Cues.Modal().Match(masked);
        var subject = modal.Success ? t[..modal.Index] : "";
        var filing = Cues.Filing().Match(masked);
        if (filing.Success && !owners.Classify(filing.Groups["to"].Value.Trim()).IsUnit) filing = Match.Empty;
        var leadZone = AssistSplit().Split(Masking.Mask(subject, brackets: false))[0];
        return new PieceInfo
        {
            Span = span,
            Text = t,
            Masked = masked,
            Modal = modal.Success ? modal : null,
            Subject = subject,
            SubjectOwners = leadZone.Length == 0 ? [] : owners.ReadList(leadZone).Where(o => o.Kind != OwnerKind.Other).ToList(),
            Filing = filing.Success ? filing : null,
            IsThisWork = Cues.ThisWork().IsMatch(t) && Cues.Completion().IsMatch(t) && time.FindDeadlines(t, reference).Count > 0,
            LeadingUnit = modal.Success ? null : owners.LeadingUnit(t),
        };
    }

    /// <summary>
    /// Splits a sentence into clauses, one per assignment. A new clause begins where a piece names its own
    /// doer or work item before a modal ("…，市环卫处要…", "…，金南大桥…项目要…"), or files something;
    /// otherwise pieces continue the clause and its subject carries over.
    /// </summary>
    private static List<List<PieceInfo>> Group(List<PieceInfo> pieces)
    {
        var clauses = new List<List<PieceInfo>>();
        List<PieceInfo>? cur = null;
        foreach (var p in pieces)
        {
            if (cur is null) { cur = [p]; continue; }
            var ownPredicate = p.HasModal && p.Predicate.Trim().Length > 2;
            var namesItself = p.Subject.Trim().Length > 0
                && (p.SubjectOwners.Count > 0
                    || (p.Subject.Trim().Length >= 6 && Cues.WorkItem().IsMatch(p.Subject) && !Cues.People().IsMatch(p.Subject)));
            // Reporting how the relay went ("并于周五前将传达情况报送办公室") is part of the relay requirement.
            var reportsRelay = p.Filing is not null && Cues.Relay().IsMatch(p.Masked) && cur.Any(c => Cues.Relay().IsMatch(c.Masked));
            var startsNew = !p.IsThisWork && cur.Any(c => c.HasCue) && !reportsRelay
                && (p.Filing is not null || (ownPredicate && namesItself) || p.LeadingUnit is not null);
            if (startsNew) { clauses.Add(cur); cur = [p]; }
            else cur.Add(p);
        }
        if (cur is not null) clauses.Add(cur);
        return clauses;
    }

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
        var deadline = deadlines.Count > 0 ? deadlines[^1] : null;

        if (main is null)
        {
            // A numbered plan item without a modal still assigns work when it names its lead or deadline.
            if (!(brackets.Leads.Count > 0 || labels is { Leads.Count: > 0 } || (seg.Enumerated && deadline is { Kind: TimeKind.Date or TimeKind.NeedsDate })
                  || (seg.Enumerated && SectionOwner() is not null)))
                return null;
            main = clause[0];
        }
        if (Cues.DoneReport().IsMatch(main.Masked)) return null;

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

        if (IsRelay(main, masked, leads))
        {
            // "会后，各单位要迅速召开…，并于本周五前报送…": the window is the one stated with the convening.
            var offset = main.Span.Start - span.Start;
            deadline = deadlines.FirstOrDefault(d => d.Index >= offset && d.Index < offset + main.Span.Length)
                       ?? (deadlines.Count > 0 ? deadlines[0] : deadline);
            Relays.Add(new RelayDraft(new ExtractedRelay
            {
                Units = leads.Count == 0 ? [OwnerReader.AllUnits] : leads.Select(o => o.Name).Distinct().ToList(),
                Forms = RelayForms(masked),
                DeadlineText = deadline?.Text,
                Due = deadline?.Date,
                Source = clauseText,
            }, span));
            return null;
        }

        var explicitFacts = brackets.Leads.Count > 0 || labels is { Leads.Count: > 0 };
        var item = seg.Enumerated && !main.HasModal && main.Filing is null && main.LeadingUnit is null;
        if (!(item ? leads.Count > 0 || deadline is not null : Accept(main, masked, leads, deadline, fromContext, explicitFacts, minutes))) return null;
        var draft = NewDraft(span, TaskOf(clause, main, deadlines), leads, deadline);
        draft.Assisting = assisting;
        return draft;
    }

    private bool IsRelay(PieceInfo main, string masked, List<Owner> leads) =>
        main.HasModal && Cues.Relay().IsMatch(masked) && !Cues.DoneReport().IsMatch(masked)
        && (Cues.RelayForm().IsMatch(masked) || ConvenedForm().IsMatch(masked) || leads.Any(o => o.Kind == OwnerKind.AllUnits));

    /// <summary>Known forms (班子会议, 干部职工大会…), else whatever meeting is convened ("召开所务会").</summary>
    private static List<string> RelayForms(string masked)
    {
        var forms = Cues.RelayForm().Matches(masked).Select(m => m.Value).Distinct().ToList();
        if (forms.Count == 0 && ConvenedForm().Match(masked) is { Success: true } m) forms.Add(m.Groups["form"].Value);
        return forms;
    }

    [GeneratedRegex(@"召开(?<form>[\u4e00-\u9fa5]{1,8}?(?:会议|大会|会))")]
    private static partial Regex ConvenedForm();

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

    private List<Owner> CollectLeads(List<PieceInfo> clause, PieceInfo main, FieldFacts brackets, FieldFacts? labels)
    {
        // Before 要求/责成/请 stands who asks (局党组要求各科室…), not who does it.
        var leads = main.Modal is { } m0 && Cues.NamesDoersAfter(m0.Value) ? new List<Owner>() : new List<Owner>(main.SubjectOwners);
        foreach (var p in clause)
        {
            if (p != main && p.Modal?.Value is "负责" or "牵头" && p.Predicate.Trim().Length <= 2) leads.AddRange(p.SubjectOwners);
            // "…，请科技部、财政部等部门在…前完成" / "请分管同志组织政策法规科、执法大队的同志会同…"
            if (p.Modal is { } m && Cues.NamesDoersAfter(m.Value))
                leads.AddRange(owners.ReadList(Zone(p.Masked[(m.Index + m.Length)..])).Where(o => o.Kind != OwnerKind.Other));
        }
        // "分管同志要带领城管执法一大队…会同…": the units a person leads share the lead.
        if (leads.Any(o => o.Kind == OwnerKind.Person) && LedBy().Match(main.MaskedPredicate) is { Success: true } led)
            leads.AddRange(owners.ReadList(Zone(main.MaskedPredicate[(led.Index + led.Length)..])).Where(o => o.IsUnit));
        leads.AddRange(brackets.Leads.SelectMany(owners.ReadExplicit));
        if (labels is not null) leads.AddRange(labels.Leads.SelectMany(owners.ReadExplicit));
        return leads.Distinct().ToList();
    }

    private List<Owner> CollectAssisting(string masked, FieldFacts brackets, FieldFacts? labels)
    {
        var list = new List<Owner>();
        foreach (Match m in AssistBefore().Matches(masked))
            list.AddRange(owners.ReadList(m.Groups["list"].Value).Where(o => o.Kind != OwnerKind.Other));
        foreach (Match m in Assist().Matches(masked))
            list.AddRange(owners.ReadList(m.Groups["list"].Value).Where(o => o.Kind != OwnerKind.Other || o.Name.Length is >= 2 and <= 8));
        list.AddRange(brackets.Assisting.SelectMany(owners.ReadExplicit));
        if (labels is not null) list.AddRange(labels.Assisting.SelectMany(owners.ReadExplicit));
        return AsWritten(list);
    }

    /// <summary>The stretch after 请/带领 that names units, up to the verb or the 会同 that ends it.</summary>
    private static string Zone(string s)
    {
        var m = ZoneEnd().Match(s);
        return m.Success ? s[..m.Index] : s;
    }

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
        var pieces = clause.SkipWhile(p => p != main).Skip(1).Where(p => !p.IsThisWork && !AssistBefore().IsMatch(p.Masked)).Select(p => p.Text).ToList();
        // "由市园林处牵头，4月上旬完成" — the lead piece carries no work; the work is in the pieces around it.
        if (RoleOnly().IsMatch(first.Trim()))
        {
            first = "";
            pieces = clause.Where(p => p != main && !p.IsThisWork && !AssistBefore().IsMatch(p.Masked)).Select(p => p.Text).ToList();
        }
        var task = string.Join("，", pieces.Prepend(first).Where(t => t.Length > 0));
        task = RoleBracket().Replace(task, "");
        task = TrimDeadlines(task, deadlines);
        if (task.Trim('，', '、', ' ').Length < 2) task = main.Text;
        return Shorten(task.Trim('，', '、', ' '));
    }

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

    /// <summary>Assisting "各街道办事处" is shown as written: "*" means every unit of the bureau, which it is not.</summary>
    private static List<Owner> AsWritten(List<Owner> list) =>
        list.Select(o => o.Kind == OwnerKind.AllUnits ? new Owner(o.Written, OwnerKind.Other) : o).Distinct().ToList();

    private static string Shorten(string task) => task.Length <= 60 ? task : task[..59] + "…";

    private Draft NewDraft(TextSpan span, string task, List<Owner> leads, TimeResolution? deadline)
    {
        var d = new Draft { Span = span, Task = Shorten(task), Leads = leads, Deadline = deadline };
        Drafts.Add(d);
        _recent = d;
        return d;
    }

    [GeneratedRegex(@"会同|配合|协同|联合")]
    private static partial Regex AssistSplit();

    [GeneratedRegex(@"^(?:整改措施|工作措施|具体措施|落实措施|主要措施|工作任务|任务内容|具体任务)\s*[：:]\s*")]
    private static partial Regex TaskLabel();

    /// <summary>"靠制度管人管事要加强", "以…为契机要…": a means or circumstance, not a piece of work.</summary>
    [GeneratedRegex(@"^(?:靠|以|用|通过|对|在|按照|根据|围绕|针对|为了?)")]
    private static partial Regex MeansSubject();

    [GeneratedRegex(@"(?:会同|协同|联合|协助|配合)(?<list>[^，。；○]+?)(?=就|对|在|于|等部门|等单位|等有关|等相关|进行|开展|研究|协调|共同|做好|抓好|推进|落实|建立|完成|制定|组织|形成|出台|编制|加强|督促|指导|实施|，|$)")]
    private static partial Regex Assist();

    /// <summary>"…牵头，区市场监管局、属地街道配合，…": assisting units named before the word.</summary>
    [GeneratedRegex(@"(?<=^|[，,；;])(?<list>[^，,；;○]{2,40}?)(?:配合|参与|协助|协办)(?=[，,；;]|$)")]
    private static partial Regex AssistBefore();

    [GeneratedRegex(@"^(?:带领|组织|督促|指导|率领|牵头组织)")]
    private static partial Regex LedBy();

    [GeneratedRegex(@"会同|配合|协同|联合|(?:在|于)[^，]{0,12}(?:前|内)|就|对|按照|根据|依据|结合|进行|开展|研究|负责|牵头|抓好|做好|抓紧|尽快|立即|及时|认真|办理|制定|修改|完成|落实|加强|加快|推进|，")]
    private static partial Regex ZoneEnd();

    [GeneratedRegex(@"^(?:要|须|务必|必须|在|于|，|牵头，|负责，)+")]
    private static partial Regex LeadingFiller();
}
