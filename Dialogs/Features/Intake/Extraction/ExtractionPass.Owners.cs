using System.Text.RegularExpressions;
using ChatBot.Dialogs.Understanding.Time;
using static ChatBot.Dialogs.Features.Intake.Extraction.LabelledFields;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>Who leads and who assists, from subjects, 请/带领 lists, brackets, labels and 会同/配合.</summary>
internal sealed partial class ExtractionPass
{
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
            list.AddRange(owners.ReadList(m.Groups["list"].Value).Where(o => o.Kind != OwnerKind.Other
                || o.Name.Length is >= 2 and <= 4 && !ActionVerb().IsMatch(o.Name) && !Activity().IsMatch(o.Name)));
        list.AddRange(brackets.Assisting.SelectMany(owners.ReadExplicit));
        if (labels is not null) list.AddRange(labels.Assisting.SelectMany(owners.ReadExplicit));
        return AsWritten(list);
    }

    /// <summary>"联合执法、督查督办", "配合检查": after 联合/配合 an activity, not a short unit name such as "国土".</summary>
    [GeneratedRegex(@"执法|检查|督查|督办|督导|整治|巡查|监管|治理|宣传|行动|调查|办理|处置|服务|保障|工作|攻坚|会商|联动|联防|联控|执勤|演练|指导|协调|审查|评估|验收")]
    private static partial Regex Activity();

    /// <summary>The stretch after 请/带领 that names units, up to the verb or the 会同 that ends it.</summary>
    private static string Zone(string s)
    {
        var m = ZoneEnd().Match(s);
        return m.Success ? s[..m.Index] : s;
    }

    /// <summary>Assisting "各街道办事处" is shown as written: "*" means every unit of the bureau, which it is not.</summary>
    private static List<Owner> AsWritten(List<Owner> list) =>
        list.Select(o => o.Kind == OwnerKind.AllUnits ? new Owner(o.Written, OwnerKind.Other) : o).Distinct().ToList();

    [GeneratedRegex(@"(?:会同|协同|联合|协助|配合)(?<list>[^，。；○]+?)(?=就|对|在|于|等部门|等单位|等有关|等相关|进行|开展|研究|协调|共同|做好|抓好|推进|落实|建立|完成|制定|组织|形成|出台|编制|加强|督促|指导|实施|，|$)")]
    private static partial Regex Assist();

    /// <summary>"…牵头，区市场监管局、属地街道配合，…": assisting units named before the word.</summary>
    [GeneratedRegex(@"(?<=^|[，,；;])(?<list>[^，,；;○]{2,40}?)(?:配合|参与|协助|协办)(?=[，,；;]|$)")]
    private static partial Regex AssistBefore();

    [GeneratedRegex(@"^(?:带领|组织|督促|指导|率领|牵头组织)")]
    private static partial Regex LedBy();

    [GeneratedRegex(@"会同|配合|协同|联合|(?:在|于)[^，]{0,12}(?:前|内)|就|对|按照|根据|依据|结合|进行|开展|研究|负责|牵头|抓好|做好|抓紧|尽快|立即|及时|认真|办理|制定|修改|完成|落实|加强|加快|推进|，")]
    private static partial Regex ZoneEnd();
}
