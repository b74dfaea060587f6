using System.Text.RegularExpressions;
using ChatBot.Dialogs.Understanding.Time;
using static ChatBot.Dialogs.Features.Intake.Extraction.LabelledFields;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>
/// The recall sweep. Notices, plans and minutes state tasks in the declarative ("区住建局对辖区工地开展排查",
/// "收集各单位自查报告"): no 要, no 须, and the owner often only in a heading above. Whatever the modal-driven
/// reading left uncovered is read again clause by clause; a clause that is built like a task — an action verb
/// with an object, not past, not a goal, not an attitude, not permission — is kept and marked
/// <see cref="ReviewCodes.Unsure"/>, because deleting a wrong item in review is cheap and missing one is not.
/// Speeches are left to the modal reading: their declaratives are mostly narration.
/// </summary>
internal sealed partial class ExtractionPass
{
    /// <summary>Reads the stretches of <paramref name="body"/> that neither a directive created since the given count nor a relay requirement covers.</summary>
    private void RecallUncovered(TextSpan body, Segment seg, int draftsBefore)
    {
        if (!_declarative || !ProseLine(seg)) return;
        // "重点抓好三项工作：一是…" — the words before the colon introduce the items, they are not one.
        if (text[body.End - 1] is '：' or ':') return;
        // "（三）开展培训。" before the item's sentences is the item's title.
        if (seg.Enumerated && !seg.WholeLine && body.Length <= 20 && seg.Span.Start == _lines[seg.Line].Start) return;
        var covered = Drafts.Skip(draftsBefore).Select(d => d.Span).Concat(RelaySpans).ToList();
        var pieces = ClauseSegmenter.Pieces(text, body);
        var stretch = new List<TextSpan>();
        foreach (var p in pieces)
        {
            if (covered.Any(c => c.Start < p.End && p.Start < c.End))
            {
                Flush(stretch);
                continue;
            }
            stretch.Add(p);
        }
        Flush(stretch);

        void Flush(List<TextSpan> run)
        {
            if (run.Count > 0) RecallStretch(run.ToList());
            run.Clear();
        }
    }

    /// <summary>
    /// Lines that are prose, where tasks are stated: not titles, addressee lines, checklist entries or form rows
    /// (short lines without a full stop), and not a numbered item closed by its own role bracket
    /// ("…。（X、Y负责）"), which is one directive as a whole.
    /// </summary>
    private bool ProseLine(Segment seg)
    {
        var line = _lines[seg.Line].Of(text);
        var end = line.TrimEnd()[^1];
        if (end is '：' or ':') return false;
        if (ScoreRow().IsMatch(line)) return false;
        if (end is not ('。' or '；' or ';' or '！' or '!' or '）' or ')') && line.Length <= 50) return false;
        if (end is '）' or ')' && ClosingRoles().Match(line) is { Success: true } roles && ReadBrackets(roles.Value).Leads.Count > 0) return false;
        return true;
    }

    [GeneratedRegex(@"[（(][^（）()]{2,80}[）)]$")]
    private static partial Regex ClosingRoles();

    /// <summary>One uncovered run of comma pieces: cut where a new unit takes the subject ("X负责…，Y负责…"), then judge each clause.</summary>
    private void RecallStretch(List<TextSpan> pieces)
    {
        var clauses = new List<List<TextSpan>>();
        foreach (var p in pieces)
        {
            var t = p.Of(text);
            var newDoer = clauses.Count > 0 && owners.LeadingUnit(t) is not null && DoerVerb().IsMatch(t);
            if (clauses.Count == 0 || newDoer) clauses.Add([p]);
            else clauses[^1].Add(p);
        }
        List<Owner> carried = [];
        foreach (var c in clauses)
        {
            var span = new TextSpan(c[0].Start, c[^1].End);
            var d = RecallClause(span, carried);
            if (d is not null && d.Leads.Count > 0) carried = d.Leads;
        }
    }

    private Draft? RecallClause(TextSpan span, List<Owner> carried)
    {
        var clauseText = span.Of(text);
        var masked = Masking.Mask(clauseText);
        // A clause with a modal was judged by the modal reading (exhortation or not); the sweep reads declaratives only.
        if (!ActionModal().IsMatch(masked) && Cues.Modal().Match(masked) is { Success: true } modal
            && (Cues.People().IsMatch(masked[..modal.Index]) || Cues.Exhortation().IsMatch(masked[modal.Index..]) || Attitude().IsMatch(masked))) return null;
        if (!BuiltLikeTask(masked)) return null;

        var brackets = ReadBrackets(clauseText);
        var labels = ReadLabels(clauseText);
        var deadlines = time.FindDeadlines(clauseText, reference);
        var deadline = ChooseDeadline(clauseText, deadlines);
        if (labels?.Deadline is { } labelled) deadline = DeadlineOfCell(labelled);
        if (brackets.Deadline is { } inBracket && deadline is null) deadline = DeadlineOfCell(inBracket);
        deadline ??= SectionDeadline();

        var leads = brackets.Leads.SelectMany(owners.ReadExplicit).ToList();
        if (labels is not null) leads.AddRange(labels.Leads.SelectMany(owners.ReadExplicit));
        if (leads.Count == 0) leads.AddRange(SubjectUnits(clauseText));
        var ownDoer = leads.Count > 0;
        if (leads.Count == 0 && carried.Count > 0) leads.AddRange(carried);
        if (leads.Count == 0 && SectionOwner() is { } section) leads.AddRange(section);

        // "（二）某办：负责…；同时配合…。" — within a sentence of a unit's line of the division of labour, its duties continue one item.
        if (!ownDoer && _labelLine == _line && _recent is { Unsure: true } duty && duty.Span.Start >= _lines[_line].Start
            && duty.Span.End <= span.Start && text.IndexOfAny(['。', '！', '!'], duty.Span.End, span.Start - duty.Span.End) < 0
            && duty.Leads.SequenceEqual(leads.Distinct()))
        {
            duty.Span = duty.Span with { End = span.End };
            duty.Deadline ??= deadline;
            duty.Assisting = AsWritten([.. duty.Assisting, .. CollectAssisting(masked, brackets, labels)]);
            return duty;
        }

        var draft = NewDraft(span, TrimDeadlines(clauseText, deadlines), leads.Distinct().ToList(), deadline);
        draft.Assisting = CollectAssisting(masked, brackets, labels);
        draft.Unsure = true;
        return draft;
    }

    /// <summary>
    /// Whether a clause is built like a task: it has an action verb with something after it, and it is not
    /// narration of the past, a statistic, a goal, permission, an attitude, the document's own framing or a contact line.
    /// </summary>
    /// <summary>Clauses that are not tasks whatever their modal: narration of the past, hearsay, framing, contents, contact lines.</summary>
    internal static bool NarratesOrFrames(string masked)
    {
        masked = Spaces().Replace(masked, "");
        return Metadata().IsMatch(masked) || Framing().IsMatch(masked) || Basis().IsMatch(masked) || ScoreRow().IsMatch(masked) || Hearsay().IsMatch(masked)
               || Contents().IsMatch(masked) || IsPast(masked);
    }

    private static bool Attributive(string s, Match verb) =>
        verb.Index + verb.Length < s.Length && s[verb.Index + verb.Length] == '的';

    internal static bool BuiltLikeTask(string masked)
    {
        masked = Spaces().Replace(masked, ""); // PDF copies break words: "开 展", "情 况"
        var bare = masked.Replace("○", "").Trim();
        if (bare.Length < 8) return false;
        if (NarratesOrFrames(masked) || NarratesMeeting(masked)) return false;
        if (Prohibition().IsMatch(masked) || Question().IsMatch(masked)) return false;
        if (Present().IsMatch(masked) && !Obligation().IsMatch(masked)) return false;
        if (IsPast(masked) || Cues.DoneReport().IsMatch(masked) || Statistic().IsMatch(masked)) return false;
        if (Problem().IsMatch(masked) && !StrongModal().IsMatch(masked)) return false;
        if (Permission().IsMatch(masked) && !Obligation().IsMatch(masked)) return false;
        if (Goal().IsMatch(masked) || Copula().IsMatch(masked)) return false;
        if ((Purpose().IsMatch(masked) || Effect().IsMatch(masked) || Conditional().IsMatch(masked)) && !Obligation().IsMatch(masked)) return false;
        // Attitude ("高度重视", "认真贯彻落实") is not checkable: what is left once it is taken out must still act.
        var acting = Attitude().Replace(masked, "");
        // "…范围内建设的充电设施", "依法登记的场所": a verb that only describes a noun ("建设的") acts on nothing.
        var verb = ActionVerb().Matches(acting).FirstOrDefault(v => !Attributive(acting, v));
        return verb is not null && acting.Length - (verb.Index + verb.Length) >= 2;
    }

    /// <summary>
    /// The units standing before the clause's first verb or modal: "市X、Y部门将联合…", "各街道、镇作为…负责…",
    /// "我镇将…". Empty when the clause opens with its verb ("督促拆房公司…") or with a circumstance.
    /// </summary>
    private List<Owner> SubjectUnits(string clause)
    {
        // "2026年3月1日至31日，各区…": a time opening the clause stands before its subject.
        var pieces = clause.Split('，', ',', '：', ':');
        var first = pieces.Length > 1 && time.FindDeadlines(pieces[0], reference).Count > 0 && pieces[0].Length <= 24 ? pieces[1] : pieces[0];
        var verb = SubjectEnd().Match(first);
        if (!verb.Success || verb.Index < 2 || verb.Index > 30) return [];
        var subject = first[..verb.Index];
        if (MeansSubject().IsMatch(subject) || Cues.People().IsMatch(subject)) return [];
        // "4月召开…", "每周开展…": a time before the verb is when, not who.
        if (time.FindDeadlines(subject, reference).Count > 0 || TimeWord().IsMatch(subject)) return [];
        var named = owners.ReadList(subject);
        if (named.Count > 0 && (named[^1].IsUnit || named.All(o => o.IsUnit || o.Kind == OwnerKind.Person)))
            return named.Where(o => o.IsUnit || o.Kind == OwnerKind.Person || o.Name.Length <= 4).Select(o => o.Kind == OwnerKind.Other ? o with { Kind = OwnerKind.Unknown } : o).ToList();
        // The clause's own structure names the doer even when the name has no unit shape ("运营企业应…", "平台组织…").
        var bare = subject.Trim();
        return bare.Length is >= 2 and <= 14 && !Conjunction().IsMatch(bare) && !bare.Contains('请') && !Circumstance().IsMatch(bare) && !Manner().IsMatch(bare) && !ActionVerb().IsMatch(bare) && !bare.Contains('的')
            ? [new Owner(bare, OwnerKind.Unknown)]
            : [];
    }

    [GeneratedRegex(@"^\s*(?:[\d一二三四五六七八九十]+月|每[日周月季年半]|今年|明年|年内|近期|届时|期间|此后|随后)")]
    private static partial Regex TimeWord();

    /// <summary>A clause continuing the one before ("并…", "同时…") has its subject there, not in its first words.</summary>
    [GeneratedRegex(@"^(?:并|且|同时|另|还|再|也|又|及|以及|其中)")]
    private static partial Regex Conjunction();

    /// <summary>Adverbs of manner or pace that open a subjectless clause ("抓紧完成…", "尽快制定…"): never a doer.</summary>
    [GeneratedRegex(@"^(?:抓紧|加快|尽快|及时|全力|认真|切实|积极|进一步|全面|大力|持续|不断|深入|扎实|严格|逐步|立即|迅速|统一|共同|分别|继续|着力|主动|重点|依法|定期|逐一|集中|专门|按时|按期|限期|同步|提前|再次|另行)")]
    private static partial Regex Manner();

    [GeneratedRegex(@"要|须|应|将|负责|牵头|作为|于|在|对|按|根据|结合|会同|配合|协助|联合|共同|定期|每[周月季年天日]|(?:开展|组织|建立|制定|编制|完成|报送|上报|提交|排查|检查|核查|督促|指导|落实|推进|推动|召开|收集|做好|加强|实施|研究|形成|发放|设置|整治|监管|宣传|巡查)")]
    private static partial Regex SubjectEnd();

    /// <summary>A unit opening a clause as its doer: "区X局负责…", "X要…", "X对…开展…".</summary>
    [GeneratedRegex(@"负责|牵头|要|须|应|将|于|在|对|做好|组织|开展|会同|配合|协助|督促|指导|落实|推进|加强|建立|完成|报送|上报|提交")]
    private static partial Regex DoerVerb();

    [GeneratedRegex(@"开展|组织|建立|健全|制定|编制|完成|报送|上报|提交|填报|报备|排查|摸排|排摸|检查|核查|抽查|巡查|督查|督促|指导|落实|推进|推动|召开|收集|登记|发放|安装|配备|设置|增设|配置|整治|整改|清理|清运|收运|监管|监督|处罚|查处|申报|备案|宣传|培训|总结|评估|纳入|协调|部署|实施|研究|提出|形成|出台|修订|修改|审核|审查|验收|确认|更新|建设|搭建|对接|提供|安排|签订|约谈|通报|公布|汇总|梳理|开发|启动|设立|成立|加强|强化|做好|抓好|压实|严查|打击|保障|跟踪|反馈|报告|移交|移送|确定|核定|测算|下达|拨付|办理|审批|核准|评审|论证|编报|改造|维修|修缮|负责|牵头|会同|联合|配合|协助|参与|规范|管控|管理|处置|巡检|排摸|发布|告知|通知|补充|完善|整合|归并|简化|调整|加大|扩大|落实好|谋划|开工|建成|投入使用")]
    private static partial Regex ActionVerb();

    internal static bool IsPast(string masked) => Past().IsMatch(masked);

    /// <summary>What already happened or holds: "已…", "…了", "去年", "以来".</summary>
    [GeneratedRegex(@"(?<![为除罢])了(?![解])|(?<!不)被|受到|已经|业已|(?<!不得)已(?![有知久])|曾经|去年|上年|近年来|以来|截至|截止目前|此前")]
    private static partial Regex Past();

    /// <summary>What others asked or concluded: "你省请求…", "专家组认为…", "意见中建议：".</summary>
    [GeneratedRegex(@"请求|认为|指出|表示|反映|建议[：:]|意见[：:]")]
    private static partial Regex Hearsay();

    /// <summary>What something contains or is: "报告主要包括…", "其中，…是…指标", "…等情况".</summary>
    [GeneratedRegex(@"包括|是指|^[○\s]*其中|(?:情况|内容|如下)[：:]?$")]
    private static partial Regex Contents();

    /// <summary>How things stand: "目前…", "一直…", "正在…".</summary>
    [GeneratedRegex(@"(?:^|[，：])[○\s]*目前|一直|正在|仍然|依然|主要用于|具有")]
    private static partial Regex Present();

    [GeneratedRegex(@"(?:共有|现有)[\d一二三四五六七八九十百千万几]|累计|占比|同比|环比|涉及[\d一二三四五六七八九十百千万]+|[\d.]+(?:%|％)|[\d.]+[\u4e00-\u9fa5]{0,2}/[日天周月年]")]
    private static partial Regex Statistic();

    /// <summary>A finding, not an instruction: "…不到位", "…较为薄弱".</summary>
    [GeneratedRegex(@"(?:不够|不到位|不足|薄弱|不严格|不规范|不力|欠缺|缺乏|滞后|不高|不强|突出|严峻|隐患较多)(?:[，。；○]|等|问题|$)")]
    private static partial Regex Problem();

    [GeneratedRegex(@"要(?![求点害素是])|须|应当|应于|必须|务必|确保|负责|牵头|请")]
    private static partial Regex Obligation();

    [GeneratedRegex(@"(?<![重主需只必首紧])要(?![求点害素是])|(?<![必无])须|必须|务必|确保|请")]
    private static partial Regex StrongModal();

    /// <summary>Cues the modal reading treats as modal but that are the action itself ("X负责…", "会同Y…"): the sweep may still read them.</summary>
    [GeneratedRegex(@"^(?:(?!要|须|应当|应于|必须|务必|确保|力争|请|责成|要求).)*$")]
    private static partial Regex ActionModal();

    /// <summary>The meeting narrating itself, unless a modal or a deadline comes first ("各区要于…前召开专题会研究…" is a task).</summary>
    private static bool NarratesMeeting(string masked) =>
        MeetingItself().Match(masked) is { Success: true } m && !BeforeMeeting().IsMatch(masked[..m.Groups["act"].Index]);

    /// <summary>What makes holding a meeting a task: a modal, a deadline, a duty, a recurrence ("每月召集…召开").</summary>
    [GeneratedRegex(@"要|须|应|将|请|前|负责|牵头|组织|召集|每[日周月季年]|定期")]
    private static partial Regex BeforeMeeting();

    /// <summary>
    /// The meeting narrating itself: "…主持召开局务会议，研究…", "出席/列席", "X月X日，局长办公会研究…",
    /// "X月X日，局党组召开会议，…" — a body holding its meeting with no modal or deadline before it, which a task would have.
    /// </summary>
    [GeneratedRegex(@"(?<act>主持|出席|列席|参会|参加会议|(?:会议?|党组|党委|常委会)(?:研究|听取|审议|讨论))|^(?:[^，。；]{0,16}[，,])?[^，。；]{0,24}(?<act>召开)[^，。；]{0,12}会议?(?:[，,]|$)")]
    private static partial Regex MeetingItself();

    /// <summary>A checklist question of a self-check form ("是否建立…制度"): what is checked, not who must act.</summary>
    [GeneratedRegex(@"^[○\s]*(?:[\d一二三四五六七八九十]+[.、．])?是否|是否[^，。；]{0,30}[？?]")]
    private static partial Regex Question();

    /// <summary>A standing prohibition, not a task: "不得…", "严禁…".</summary>
    [GeneratedRegex(@"不得|严禁|禁止|不准|杜绝")]
    private static partial Regex Prohibition();

    /// <summary>Permission or encouragement, not an obligation: "可…", "鼓励…", "允许…".</summary>
    [GeneratedRegex(@"(?<![不许认])可(?![能持靠控行])|鼓励|允许|支持[^，]{0,10}(?:开展|探索|参与)")]
    private static partial Regex Permission();

    /// <summary>A target, not an action: "目标是…", "到2027年…达到…".</summary>
    [GeneratedRegex(@"^[○\s]*(?:工作|总体|主要)?目标|(?:达到|实现|提高到|提升至|不低于|不少于|超过)[○\d]")]
    private static partial Regex Goal();

    [GeneratedRegex(@"如下[：:。]?$|现(?:将|就|予)|特制定|制定本|印发给你们|请遵照执行|请认真(?:贯彻)?(?:执行|落实|贯彻落实|组织实施)|经[^，。]{0,20}同意|本方案|本通知(?!印发)|本意见(?!印发)")]
    private static partial Regex Framing();

    [GeneratedRegex(@"电话|联系人|传真|邮箱|网址|https?:|索引号|发布日期|发文字号|成文日期|主题分类|打印|关闭窗口|收藏|^[○\s]*附件[\d一二三四五六七八九十]*[：:.．]?")]
    private static partial Regex Metadata();

    [GeneratedRegex(@"[ \t\u3000]+")]
    private static partial Regex Spaces();

    /// <summary>A statement of what something is: "推行…是加强…的重要手段", "守住…底线，是我们的责任".</summary>
    [GeneratedRegex(@"^[^，。；]{2,40}?[，,]?是(?!否)[^，。；]{0,30}(?:手段|举措|基础|关键|保障|前提|途径|抓手|内容|责任|目标|要求)(?:[，。；]|$)")]
    private static partial Regex Copula();

    /// <summary>A clause that only cites what the work rests on: "根据《…》的通知要求", "按照区委的部署".</summary>
    [GeneratedRegex(@"^[○\s]*(?:根据|按照|依据|遵照|依照)[^，。；]*(?:要求|精神|规定|部署|安排)$")]
    private static partial Regex Basis();

    /// <summary>A purpose or basis opening the document's framing: "为全面落实…，按照…".</summary>
    [GeneratedRegex(@"^[○\s]*为(?![期止])")]
    private static partial Regex Purpose();

    /// <summary>What an action will bring: "将有效支撑…", "有助于…".</summary>
    [GeneratedRegex(@"有助于|有利于|将有效|能够有效|将[^，。；]{0,6}(?:降低|提升|提高|减少|改善)")]
    private static partial Regex Effect();

    /// <summary>A standing rule for a case: "对…的，一律…".</summary>
    [GeneratedRegex(@"的[，,](?:一律|予以|依法)")]
    private static partial Regex Conditional();

    /// <summary>A row of an assessment table: "（2分）", "扣1分", "一票否决".</summary>
    [GeneratedRegex(@"[（(][\d.]+分[）)]|扣[\d.]+分|一票否决")]
    private static partial Regex ScoreRow();

    [GeneratedRegex(@"(?:认识|认清|理解|把握)[^，。；]{0,24}(?:重要性|重要意义|紧迫性|必要性|严峻性)|(?:保持|克服|防止|杜绝|抵制|摒弃|树立)[^，。；]{0,12}(?:头脑|思想|倾向|意识|作风|观念|心态|理念)|高度重视|充分认识|深刻认识|提高(?:思想|政治)?(?:认识|站位)|统一思想|增强[^，。；]{0,8}意识|务求实效|加强(?:组织)?领导|精心组织|周密部署|认真(?:贯彻)?落实|抓好落实|狠抓落实|落到实处|贯彻落实|加强协调配合|形成合力|确保[^，。；]{0,8}(?:取得实效|落地见效|顺利)")]
    private static partial Regex Attitude();

    /// <summary>
    /// Whether the text is an issued document (公文) — a title naming its kind (通知, 方案, 函, 纪要…) or an
    /// addressee line ("各区、各相关单位：") at its head. Their declaratives are tasks; a pasted snippet's are not known to be.
    /// </summary>
    internal static bool IsIssuedDocument(string text)
    {
        var head = text.Length > 600 ? text[..600] : text;
        var lines = head.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(6);
        return lines.Any(l => DocumentTitle().IsMatch(l) || Addressee().IsMatch(l));
    }

    [GeneratedRegex(@"(?:通知|方案|意见|函|复函|通报|决定|纪要|计划|办法|安排|分工)[》”]?$")]
    private static partial Regex DocumentTitle();

    [GeneratedRegex(@"^各[^。；]{1,60}[：:]$")]
    private static partial Regex Addressee();

    /// <summary>Whether the text reads as a speech (the speaker's voice), where only the modal reading applies.</summary>
    internal static bool IsSpeech(string text) => SpeechVoice().IsMatch(text.Length > 1000 ? text[..1000] : text);

    [GeneratedRegex(@"同志们[：:，,！!]|我(?:先)?(?:就|再)?讲(?:几|[一二三四五六七八九十两])(?:点|个方面)|下面，?我(?:讲|谈|强调)")]
    private static partial Regex SpeechVoice();
}
