using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>Owner and deadline facts stated as fields: "责任单位：…；完成时限：…", "（X牵头，Y、Z参与）", "由X负责".</summary>
internal sealed class FieldFacts
{
    public List<string> Leads { get; } = [];
    public List<string> Assisting { get; } = [];
    public string? Deadline { get; set; }
    public bool Any => Leads.Count > 0 || Assisting.Count > 0 || Deadline is not null;
}

internal static partial class LabelledFields
{
    public enum Column { None, Number, Task, Problem, Measure, Lead, Assisting, Deadline, Leader, Other }

    /// <summary>What a table header cell or field label means.</summary>
    public static Column Classify(string label) => label.Trim().TrimEnd('：', ':') switch
    {
        "序号" or "编号" => Column.Number,
        "工作任务" or "整改任务" or "整改事项" or "任务内容" or "重点任务" or "具体任务" or "主要任务" or "工作内容" or "任务" or "事项" or "督办事项" or "工作事项" or "目标任务" => Column.Task,
        "问题" or "存在问题" or "问题清单" or "问题描述" or "主要问题" => Column.Problem,
        "整改措施" or "整改内容" or "工作措施" or "具体措施" or "落实措施" or "措施" => Column.Measure,
        "牵头单位" or "责任单位" or "主责单位" or "负责单位" or "责任部门" or "牵头部门" or "承办单位" => Column.Lead,
        "配合单位" or "协办单位" or "配合部门" or "协同单位" => Column.Assisting,
        "完成时限" or "完成时间" or "时限要求" or "整改时限" or "办结时限" or "时间节点" or "时限" => Column.Deadline,
        "责任领导" or "责任人" or "分管领导" or "牵头领导" or "牵头局领导" => Column.Leader,
        "备注" or "进展情况" or "整改情况" => Column.Other,
        _ => Column.None,
    };

    /// <summary>Reads "责任单位：A、B；配合单位：C；完成时限：D" (any subset) from a segment.</summary>
    public static FieldFacts? ReadLabels(string text)
    {
        var matches = Label().Matches(text);
        if (matches.Count == 0) return null;
        var facts = new FieldFacts();
        foreach (Match m in matches)
        {
            var value = m.Groups["v"].Value.Trim().TrimEnd('。', '；', ';', '，', ',', ' ');
            switch (Classify(m.Groups["label"].Value))
            {
                case Column.Lead: facts.Leads.Add(value); break;
                case Column.Assisting: facts.Assisting.Add(value); break;
                case Column.Deadline: facts.Deadline = value; break;
            }
        }
        return facts;
    }

    /// <summary>Where the first field label starts ("推进老旧小区改造 牵头单位：…" → 9), or -1.</summary>
    public static int FirstLabel(string text) => Label().Match(text) is { Success: true } m ? m.Index : -1;

    /// <summary>True when the segment is nothing but labelled fields (so it belongs to the task before it).</summary>
    public static bool IsLabelOnly(string text) => LabelAtStart().IsMatch(text);

    /// <summary>Reads "（X牵头，Y、Z参与）", "（X负责）", "（牵头单位：X）" inside brackets.</summary>
    public static FieldFacts ReadBrackets(string text)
    {
        var facts = new FieldFacts();
        foreach (Match b in Bracket().Matches(text))
            ReadRoleParts(b.Groups["in"].Value, facts);
        foreach (Match m in ByUnit().Matches(text))
            facts.Leads.Add(m.Groups["list"].Value);
        return facts;
    }

    private static void ReadRoleParts(string inner, FieldFacts facts)
    {
        if (ReadLabels(inner) is { Any: true } labelled)
        {
            facts.Leads.AddRange(labelled.Leads);
            facts.Assisting.AddRange(labelled.Assisting);
            facts.Deadline ??= labelled.Deadline;
            return;
        }
        // "（A、B，C按职责分工负责）": a role at the end of a part holds for the parts before it that have
        // none, as a trailing predicate distributes over the whole list.
        var waiting = new List<string>();
        foreach (var part in inner.Split('，', ',', '；', ';'))
        {
            var p = part.Trim();
            if (RoleSuffix().Match(p) is not { Success: true } r)
            {
                // Only a list of names waits for a role; "6月底前" or "试点先行" in the bracket does not.
                if (UnitList().IsMatch(p)) waiting.Add(p);
                else waiting.Clear();
                continue;
            }
            var leads = r.Groups["role"].Value is "牵头" or "负责" or "主责" or "主办" or "落实";
            (leads ? facts.Leads : facts.Assisting).AddRange(waiting.Append(r.Groups["list"].Value));
            waiting.Clear();
        }
    }

    [GeneratedRegex(@"(?<label>牵头单位|责任单位|主责单位|负责单位|责任部门|牵头部门|承办单位|配合单位|协办单位|配合部门|协同单位|责任领导|牵头领导|分管领导|牵头局领导|责任人|完成时限|完成时间|时限要求|整改时限|办结时限|时间节点)\s*[：:]\s*(?<v>.*?)(?=\s*[；;，,]?\s*(?:牵头单位|责任单位|主责单位|负责单位|责任部门|牵头部门|承办单位|配合单位|协办单位|配合部门|协同单位|责任领导|牵头领导|分管领导|牵头局领导|责任人|完成时限|完成时间|时限要求|整改时限|办结时限|时间节点)\s*[：:]|[）)]|$)")]
    private static partial Regex Label();

    [GeneratedRegex(@"^[（(]?\s*(?:牵头单位|责任单位|主责单位|负责单位|责任部门|牵头部门|承办单位|配合单位|协办单位|配合部门|协同单位|责任领导|牵头领导|分管领导|牵头局领导|责任人|完成时限|完成时间|时限要求|整改时限|办结时限|时间节点)\s*[：:]")]
    private static partial Regex LabelAtStart();

    [GeneratedRegex(@"[（(](?<in>[^（）()]{2,80})[）)]")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"^(?<list>[^，,；;]{2,60}?)(?:按职责分工|按职能分工|按职责|按分工|分工|各自)?(?<role>牵头|负责|主责|主办|落实|配合|参与|协助|协办|协同)$")]
    private static partial Regex RoleSuffix();

    /// <summary>"科技部、财政部", "各省级人民政府": names that end the way units do, with no number in them.</summary>
    [GeneratedRegex(@"^[^\d０-９]{2,60}(?:部|局|委|厅|署|办|处|科|室|中心|政府|单位|部门|队|站|所|院|会|公司|街道|镇|乡)$")]
    private static partial Regex UnitList();

    /// <summary>"由市容科牵头/负责": the lead stated with 由.</summary>
    [GeneratedRegex(@"由(?<list>[^，,。；;由（）()]{2,40}?)(?:牵头|负责|主责|承办|具体落实)")]
    private static partial Regex ByUnit();
}
