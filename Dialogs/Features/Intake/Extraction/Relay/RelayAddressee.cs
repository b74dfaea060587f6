using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Features.Intake.Extraction.Relay;

/// <summary>
/// Who is asked to relay: roster names, names as written, or "*" for every subordinate body. Read from the
/// subject before the request ("局属各单位要…") or the words after it ("要求各部门在…", "要求以党支部为单位").
/// </summary>
internal static partial class RelayAddressee
{
    /// <summary>The units named in <paramref name="zone"/>; empty when it names no body below the issuer.</summary>
    public static List<string> Read(string zone, OwnerReader owners)
    {
        var units = new List<string>();
        foreach (Match m in RelayCues.AsUnit().Matches(zone))
            units.Add(Written(owners.Classify(m.Groups["u"].Value)));
        if (RelayCues.Levels().Match(zone) is { Success: true } levels)
            units.AddRange(owners.ReadList(levels.Groups["list"].Value).Where(o => o.IsUnit).Select(Written));
        foreach (var o in owners.ReadList(Subject(zone)))
        {
            if (o.Kind == OwnerKind.Roster || o.Kind == OwnerKind.AllUnits) units.Add(o.Name);
            else if (o.Kind == OwnerKind.Unknown && !RelayCues.OwnBody().IsMatch(o.Name)) units.Add(o.Name);
        }
        // "全市各级工会" is every body below; "各市场监管所", read as a name off the roster, stays as written.
        if (RelayCues.EachBody().Match(zone) is { Success: true } each && !units.Any(u => u.Contains(each.Value, StringComparison.Ordinal)))
            units.Add(OwnerReader.AllUnits);
        units = units.Where(u => u.Length > 0).Distinct().ToList();
        // Every subordinate body includes the ones also named.
        return units.Contains(OwnerReader.AllUnits) ? [OwnerReader.AllUnits] : units;
    }

    private static string Written(Owner o) => o.Kind == OwnerKind.AllUnits ? OwnerReader.AllUnits : o.Name;

    /// <summary>"各部门在放假前召开…" → "各部门": the names before the first word of the action.</summary>
    private static string Subject(string zone) => SubjectEnd().Match(zone) is { Success: true } m ? zone[..m.Index] : zone;

    [GeneratedRegex(@"在|于|要|迅速|立即|马上|及时|尽快|认真|组织|召开|传达|学习|开展|对|把|将|结合|按照|根据|务必|必须|切实|进一步|以|利用|通过|采取|的首要|一是")]
    private static partial Regex SubjectEnd();
}
