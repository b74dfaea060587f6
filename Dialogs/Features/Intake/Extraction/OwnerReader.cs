using System.Text.RegularExpressions;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

internal enum OwnerKind { Roster, AllUnits, Person, Unknown, Other }

internal readonly record struct Owner(string Name, OwnerKind Kind)
{
    /// <summary>The words as written, for "各街道办事处" shown as assisting rather than "*".</summary>
    public string Written { get; init; } = Name;

    public bool IsUnit => Kind is OwnerKind.Roster or OwnerKind.AllUnits or OwnerKind.Unknown;
}

/// <summary>
/// Recognises who is named in a stretch of text: roster units (by name or alias → canonical name),
/// "各单位" (everyone, "*"), persons in charge ("分管同志"), and unit-shaped names not on the roster.
/// </summary>
internal sealed partial class OwnerReader
{
    public const string AllUnits = "*";
    private readonly (string Name, string Canonical)[] _names;

    public OwnerReader(IReadOnlyList<Unit> roster) =>
        _names = roster
            .SelectMany(u => u.AllNames().Where(n => n.Length > 0).Select(n => (n, u.Name)))
            .OrderByDescending(p => p.n.Length)
            .ToArray();

    /// <summary>The unit a sentence opens with, if any ("市容科于11月30日前完成…", "市住建局负责…").</summary>
    public Owner? LeadingUnit(string text)
    {
        foreach (var (name, canonical) in _names)
        {
            var i = text.IndexOf(name, StringComparison.Ordinal);
            if (i >= 0 && i <= 3) return new(canonical, OwnerKind.Roster);
        }
        if (LeadingUnitShape().Match(text) is { Success: true } m && Classify(Clean(m.Groups["u"].Value)) is { IsUnit: true } o)
            return o;
        return null;
    }

    [GeneratedRegex(@"^(?:由)?(?<u>[\u4e00-\u9fa5]{0,14}?(?:科|处|办|大队|中队|支队|中心|局|委|厅|站|所|院|政府|办事处|公司|街道|各单位|各科室|各部门))(?=于|在|要|负责|牵头|将|按|对|会同|配合|抓紧|做好|完成|加快|组织|研究|制定|开展)")]
    private static partial Regex LeadingUnitShape();

    /// <summary>The text with every roster name and alias taken out, longest first.</summary>
    public string WithoutRosterNames(string text)
    {
        foreach (var (name, _) in _names) text = text.Replace(name, "", StringComparison.Ordinal);
        return text;
    }

    /// <summary>Reads a list like "局人事科、公用事业管理科" or "分管同志组织政策法规科、执法大队的同志".</summary>
    public List<Owner> ReadList(string zone)
    {
        var result = new List<Owner>();
        // Brackets inside a name ("各县（市、区）城管局") are hidden from the list separators.
        var shielded = InnerBracket().Replace(zone, m => m.Value.Replace('、', '\u0001').Replace('，', '\u0002'));
        foreach (var part in ListSeparator().Split(shielded))
        {
            var raw = part.Replace('\u0001', '、').Replace('\u0002', '，');
            var token = Clean(raw);
            if (token.Length == 0) continue;
            var owner = Classify(token);
            if (owner.Kind == OwnerKind.Other && token.Contains('和'))
            {
                var parts = token.Split('和').Select(Clean).Select(Classify).ToList();
                if (parts.All(p => p.Kind != OwnerKind.Other)) { result.AddRange(parts); continue; }
            }
            result.Add(owner);
        }
        return result.Distinct().ToList();
    }

    /// <summary>A list from a field that is about units by definition (责任单位：…, a table's 牵头单位 column):
    /// every name counts, and names not on the roster are kept as written.</summary>
    public List<Owner> ReadExplicit(string list) =>
        ReadList(list)
            .Select(o => o.Kind == OwnerKind.Other && o.Name.Length is >= 2 and <= 16 ? o with { Kind = OwnerKind.Unknown } : o)
            .Where(o => o.Kind != OwnerKind.Other)
            .ToList();

    public Owner Classify(string token)
    {
        if (token.Length == 0) return new(token, OwnerKind.Other);
        if (AllUnitsWords().IsMatch(token)) return new(AllUnits, OwnerKind.AllUnits) { Written = token };
        foreach (var (name, canonical) in _names)
            if (token == name) return new(canonical, OwnerKind.Roster);
        foreach (var (name, canonical) in _names)
            if (token.Contains(name, StringComparison.Ordinal) && !token.Contains("和" + name) && !token.Contains(name + "和"))
                return new(canonical, OwnerKind.Roster);
        // "王局长", "张伟同志" are named persons; "局分管同志" is the role "分管同志".
        if (NamedPerson().IsMatch(token)) return new(token, OwnerKind.Person);
        if (PersonInCharge().Match(token) is { Success: true } p) return new(p.Value, OwnerKind.Person);
        // "区公安分局（交管）": the bracket after a name qualifies it. "工作不力的单位" describes units, it names none.
        var shape = TrailingQualifier().Replace(token, "");
        if (token.Length is >= 2 and <= 16 && UnitShape().IsMatch(shape) && !Cues.People().IsMatch(shape) && !NotAUnit().IsMatch(shape) && !VerbInside().IsMatch(shape) && !shape.Contains('的'))
            return new(token, OwnerKind.Unknown);
        return new(token, OwnerKind.Other);
    }

    private static string Clean(string token)
    {
        var t = token.Trim().Trim('“', '”', '"', '（', '）', '(', ')');
        string before;
        do
        {
            before = t;
            t = NoisePrefix().Replace(t, "");
            t = NoiseSuffix().Replace(t, "");
        } while (t != before && t.Length > 0);
        return t;
    }

    [GeneratedRegex(@"[（(][^（）()]{1,10}[）)]")]
    private static partial Regex InnerBracket();

    [GeneratedRegex(@"[、，,；;及与]|以及|带领|组织|指导|督促|并|或")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^(?:会后|近期|同时|此外|另外|并且|由|请|特别是|其中|目前|届时|具体|主要由|分别由|在|于|对|从|按照|根据|今年|明年|年内|当前|还|也|都|要|和|会议要求|会议明确|明确)")]
    private static partial Regex NoisePrefix();

    [GeneratedRegex(@"(?:的同志|同志们|班子成员|中队长|等人员|等有关部门|等相关部门|等有关单位|等相关单位|等部门|等单位|等|负责同志|相关人员|工作人员|主要负责人|负责人|要|都|也|分别|共同|定期|及时|每[日周月季年]|各自|务必|必须|须|应|于|在|将|按|统一|牵头|负责|配合|参与|协助|协办|主责)$")]
    private static partial Regex NoiseSuffix();

    [GeneratedRegex(@"各单位|各责任单位|各牵头单位|各科室|各股室|各部门|各处室|各大队|各中队|各街道|各区县|各县市区|各成员单位|各有关单位|各相关单位|各基层单位|各直属单位|所有单位|全局各")]
    private static partial Regex AllUnitsWords();

    [GeneratedRegex(@"^(?![局市区县])[\u4e00-\u9fa5]{1,2}(?:局长|副局长|书记|主任|处长|科长|队长|市长|区长|县长)$|^(?!.*(?:分管|主要|负责|有关|相关))[\u4e00-\u9fa5]{2,3}同志$")]
    private static partial Regex NamedPerson();

    [GeneratedRegex(@"分管同志|分管领导|分管局领导|分管副局长|分管负责同志|主要负责同志|主要领导|主要负责人|一把手|局长|副局长|书记|主任|组长")]
    private static partial Regex PersonInCharge();

    [GeneratedRegex(@"[（(][^（）()]{1,8}[）)]$")]
    private static partial Regex TrailingQualifier();

    /// <summary>A stretch with an action in it ("督促拆房公司", "部署各区场所") is a predicate, not a name.</summary>
    [GeneratedRegex(@"督促|部署|组织|开展|推动|落实|指导|协调|联合|要求|加强|定期|负责|牵头|配合|对|将|把")]
    private static partial Regex VerbInside();

    [GeneratedRegex(@"(?:科|股|处|办|室|大队|中队|支队|中心|局|委|厅|部|站|所|院|政府|办事处|公司|街道|社区|区|县|镇|乡|村|部门|专班|组|集团|单位|委员会|管委会|居委会|村委会|理事会|协会|商会|工会|居委|企业|机构|网格|民警)$")]
    private static partial Regex UnitShape();

    [GeneratedRegex(@"^(?:我局|本局|全局|该局|市局|局|我处|本处|部门|有关部门|相关部门|单位|社区|小区|辖区|城区|中心城区|老城区|新区|片区|景区|园区|街道|区|县|中心)$|^[对在按为把将从向]")]
    private static partial Regex NotAUnit();
}
