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

    /// <summary>Sentences the relay reader took: the recall sweep leaves them alone.</summary>
    public IReadOnlyList<TextSpan> RelaySpans { get; init; } = [];

    private readonly Dictionary<int, List<Owner>> _sectionOwners = [];
    private readonly Dictionary<int, TimeResolution> _sectionDeadlines = [];
    private Draft? _recent;
    private Segment? _pendingItem;
    private bool _pendingMeasures;
    private bool _minutes;
    private readonly bool _declarative = !IsSpeech(text) && IsIssuedDocument(text);
    private List<TextSpan> _lines = [];
    private int _line;
    private (int Line, List<Owner> Owners)? _lineOwner;
    /// <summary>The line that opened with "X：" naming its doer: that unit's line of the division of labour.</summary>
    private int _labelLine = -1;

    public void Run()
    {
        var lines = ClauseSegmenter.Lines(text);
        _lines = lines;
        var consumed = new HashSet<int>();
        foreach (var row in FlatTable.Read(text, lines, consumed, PlausibleRow))
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

    private bool PlausibleRow(IReadOnlyList<(Column Column, string Text)> cells) =>
        cells.Where(c => c.Column == Column.Lead).All(c => owners.ReadList(c.Text).Any(o => o.IsUnit || o.Kind == OwnerKind.Person))
        && cells.Where(c => c.Column == Column.Deadline).All(c => c.Text.Length == 0 || time.Resolve(c.Text, reference).Kind != TimeKind.None);

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
        _line = seg.Line;
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
            if (Drafts.Count == count) { _pendingItem = seg with { Span = content }; _pendingMeasures = true; _recent = null; }
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
                else
                {
                    // Measures under a label ("整改措施：1.…。2.…。") wait together for their 责任单位 line; other items are swept.
                    if (!_pendingMeasures) RecallUncovered(body, seg, count);
                    if (Drafts.Count == count) _pendingItem = pending with { Span = pending.Span with { End = seg.Span.End } };
                }
                return;
            }
        }

        // "（2）集中整治。12月…依法拆除。市容科负责统筹协调。" — a unit that only leads completes the ownerless item the sweep read before it on the line.
        if (!seg.Enumerated && _recent is { Unsure: true, Leads.Count: 0 } ownerless && ownerless.Span.Start >= _lines[seg.Line].Start
            && LeadOnly().Match(bodyText) is { Success: true } leadOnly && owners.ReadList(leadOnly.Groups["list"].Value) is { Count: > 0 } leaders && leaders.All(o => o.IsUnit))
        {
            ownerless.Leads = leaders;
            ownerless.Unsure = false; // the item now has its explicit lead: an assignment, not a guess
            ownerless.Span = ownerless.Span with { End = seg.Span.End };
            return;
        }

        if (seg.Enumerated) { _recent = null; _pendingItem = null; _pendingMeasures = false; }
        if (seg.Enumerated && ClauseSegmenter.EnumeratorLength(text, seg.Span.Start) > 0) ForgetSections(seg.EnumLevel);

        // "（二）试点阶段（3月底前）。各区…" — a numbered item's title with a date: the date is the deadline of the item's sentences.
        if (seg.Enumerated && !seg.WholeLine && bodyText.Length <= 30 && StageTitle().IsMatch(bodyText)
            && Cues.Modal().Match(Masking.Mask(bodyText)) is not { Success: true } && time.FindDeadlines(bodyText, reference) is { Count: > 0 } stageDates)
        {
            Heading(seg.EnumLevel, bodyText, stageDates);
            return;
        }
        // "3.服务办。牵头负责…" — a numbered unit name opens that unit's paragraph of the division of labour.
        if (seg.Enumerated && !seg.WholeLine && IsUnitName(bodyText))
        {
            Heading(seg.EnumLevel, bodyText, []);
            return;
        }
        // "各村：负责…" at the head of an unnumbered line: the line is that unit's.
        if (!seg.Enumerated && seg.Span.Start == _lines[seg.Line].Start && UnitLabel().Match(bodyText) is { Success: true } lineLabel
            && LabelNamesDoer(lineLabel.Groups["unit"].Value, bodyText[lineLabel.Length..]) is { Count: > 0 } lineOwners)
        {
            _lineOwner = (seg.Line, lineOwners);
            _labelLine = seg.Line;
            body = new TextSpan(body.Start + lineLabel.Length, body.End);
            if (body.Length == 0) return;
            bodyText = body.Of(text);
            seg = seg with { Span = body };
        }
        // "（二）规建办：负责督促…" — the same with a colon: the rest of the line is the unit's.
        if (seg.Enumerated && UnitLabel().Match(bodyText) is { Success: true } unitLabel
            && LabelNamesDoer(unitLabel.Groups["unit"].Value, bodyText[unitLabel.Length..]) is { Count: > 0 } labelOwners)
        {
            Heading(seg.EnumLevel, unitLabel.Groups["unit"].Value, []);
            _sectionOwners[seg.EnumLevel] = labelOwners;
            _labelLine = seg.Line;
            body = new TextSpan(body.Start + unitLabel.Length, body.End);
            if (body.Length == 0) return;
            bodyText = body.Of(text);
            seg = seg with { Span = body };
        }

        // "推进老旧小区改造 牵头单位：市政工程处 完成时限：2026年底" — a task followed by its fields on one line.
        if (FirstLabel(bodyText) is var at and > 0)
        {
            var end = body.Start + at;
            while (end > body.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '，' or ',' or '；' or ';' or '（' or '(' or '：' or ':')) end--;
            if (end > body.Start && ReadLabels(bodyText[at..]) is { Any: true } inline)
            {
                var task = new TextSpan(body.Start, end);
                var count = Drafts.Count;
                Sentence(task, seg with { Span = task });
                if (Drafts.Count == count) { _pendingItem = seg with { Span = task }; _pendingMeasures = false; _recent = null; }
                AttachFacts(inline, seg);
                return;
            }
        }
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
            _pendingMeasures = false;
            return;
        }
        var before = Drafts.Count;
        Sentence(body, seg with { Span = body });
        RecallUncovered(body, seg, before);
        // A numbered item that assigned nothing yet may still get its 责任单位 line next.
        if (Drafts.Count == before && seg.Enumerated) { _pendingItem = seg with { Span = body }; _pendingMeasures = false; }
    }

    /// <summary>A new numbered item ends the sections at its level and below.</summary>
    private void ForgetSections(int level)
    {
        foreach (var k in _sectionOwners.Keys.Where(k => k >= level).ToList()) _sectionOwners.Remove(k);
        foreach (var k in _sectionDeadlines.Keys.Where(k => k >= level).ToList()) _sectionDeadlines.Remove(k);
    }

    /// <summary>"…阶段（2026年5月底前）", "形成报告（2026年10月）": a title whose bracket holds its time.</summary>
    [GeneratedRegex(@"^[^，。；（(]{2,20}[（(][^（）()]*(?:\d+月|年底|年末|季度)[^（）()]*[）)]$")]
    private static partial Regex StageTitle();

    [GeneratedRegex(@"^(?<unit>[^，,。；;：:（(]{2,20})[：:]")]
    private static partial Regex UnitLabel();

    private static bool IsBracketOnly(string s) =>
        s.Length > 2 && s[0] is '（' or '(' && s[^1] is '）' or ')' && s.IndexOfAny(['（', '('], 1) < 0;

    private void Heading(int level, string body, IReadOnlyList<TimeResolution> deadlines)
    {
        foreach (var k in _sectionOwners.Keys.Where(k => k >= level).ToList()) _sectionOwners.Remove(k);
        foreach (var k in _sectionDeadlines.Keys.Where(k => k >= level).ToList()) _sectionDeadlines.Remove(k);
        // "（三）市政工程处" — a section named after a unit assigns everything under it to that unit.
        if (IsUnitName(body)) _sectionOwners[level] = owners.ReadList(body.Trim().TrimEnd('：', ':', '。'));
        // "（一）动员部署阶段（3月1日—3月15日）" — a stage's end is the deadline of its items.
        if ((body.Contains("阶段") || StageTitle().IsMatch(body)) && deadlines.Count > 0) _sectionDeadlines[level] = deadlines[^1];
    }

    /// <summary>
    /// Who a "X：…" label names as doer: a unit name, or any short name when the text after the colon states
    /// its duty ("仓库：负责清点…") — the division-of-labour layout makes it the doer whatever its shape.
    /// </summary>
    private List<Owner> LabelNamesDoer(string label, string rest)
    {
        if (IsUnitName(label)) return owners.ReadList(label.Trim());
        var bare = label.Trim();
        return bare.Length is >= 2 and <= 10 && DutyOpening().IsMatch(rest) && !bare.Contains('的') && !ActionVerb().IsMatch(bare)
               && !Cues.Modal().IsMatch(bare) && !Circumstance().IsMatch(bare) && time.FindDeadlines(bare, reference).Count == 0
               && owners.ReadExplicit(bare) is [{ } only] ? [only] : [];
    }

    [GeneratedRegex(@"^\s*(?:主要|具体|统一)?(?:负责|牵头)")]
    private static partial Regex DutyOpening();

    private bool IsUnitName(string body)
    {
        // "市容科要完成…" names a unit but is a sentence: a name carries no modal and no action.
        if (Cues.Modal().IsMatch(body)) return false;
        var name = body.Trim().TrimEnd('：', ':', '。');
        var named = owners.ReadList(name);
        // "甲、乙派出所": short names before the last share its kind.
        if (named.Count == 0 || !named[^1].IsUnit || !named.All(o => o.IsUnit || o.Name.Length <= 4)) return false;
        // A name may hold an action word ("…管理处", "…建设局"): only what is left once the names are taken out must not act.
        if (named is [{ Kind: OwnerKind.Unknown } only] && only.Name == name) return true;
        return !ActionVerb().IsMatch(owners.WithoutRosterNames(name));
    }

    private List<Owner>? SectionOwner() => _lineOwner is { } lo && lo.Line == _line ? lo.Owners : _sectionOwners.OrderByDescending(k => k.Key).Select(k => k.Value).FirstOrDefault();
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
                    || (p.Subject.Trim().Length >= 6 && Cues.WorkItem().IsMatch(p.Subject) && !Cues.People().IsMatch(p.Subject)
                        && !MeansSubject().IsMatch(p.Subject.Trim())));
            // "局人事科牵头，政策法规科配合，于…前…": units that only assist belong to the lead's clause.
            var onlyAssists = AssistingPiece().IsMatch(p.Text.Trim());
            var startsNew = !p.IsThisWork && cur.Any(c => c.HasCue) && !onlyAssists
                && (p.Filing is not null || (ownPredicate && namesItself) || p.LeadingUnit is not null);
            if (startsNew) { clauses.Add(cur); cur = [p]; }
            else cur.Add(p);
        }
        if (cur is not null) clauses.Add(cur);
        return clauses;
    }

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

    [GeneratedRegex(@"^[^，,。；;]{2,60}?(?:配合|协助|参与|协同|协办)[。；;，,]?$")]
    private static partial Regex AssistingPiece();
}
