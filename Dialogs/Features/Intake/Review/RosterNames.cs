using System.Text.RegularExpressions;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Intake.Review;

/// <summary>
/// Unit names as a reviewer or a model writes them, matched to the roster by name or alias. What does
/// not match stays as written and is flagged, so the reviewer sees it rather than a guess: a name is
/// never matched because it merely contains an alias (火星工程处 is not 市政工程处).
/// </summary>
public sealed partial class RosterNames(IReadOnlyList<Unit> units)
{
    public const string AllUnits = "*";

    public IReadOnlyList<Unit> Units { get; } = units;

    public Unit? Find(string name)
    {
        var n = name.Trim();
        // "局市政工程处", "市政工程处负责同志": only the bureau's own prefix and words for people are taken off.
        return Exact(n) ?? (Affixes().Match(n) is { Success: true } m && m.Groups["name"].Value is { Length: >= 2 } bare ? Exact(bare) : null);
    }

    private Unit? Exact(string n) =>
        Units.FirstOrDefault(u => u.Name == n) ?? Units.FirstOrDefault(u => u.Aliases.Contains(n));

    /// <summary>The roster's name when known, else the name as written.</summary>
    public string Canonical(string name) => name == AllUnits ? AllUnits : Find(name)?.Name ?? name.Trim();

    public bool IsKnown(string name) => name == AllUnits || Find(name) is not null;

    /// <summary>The units a name stands for: every bureau-level unit for "*" (sub-units hear from their unit, 一级管一级), the one unit, or none when unknown.</summary>
    public IReadOnlyList<Unit> Expand(string name) =>
        name == AllUnits ? Units.Where(u => u.ParentId is null).ToList() : Find(name) is { } unit ? [unit] : [];

    /// <summary>"市政工程处、政策法规科和人事科" → three names.</summary>
    public static List<string> Split(string value) =>
        value.Split(['、', '，', ',', '；', ';', '/', ' ', '和', '及'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Trim('。', '.', '"', '“', '”')).Where(s => s.Length > 0).Distinct().ToList();

    /// <summary>Re-derives the owner codes of an item after an edit; date, "ongoing" and "unsure" codes are kept.</summary>
    public void Reflag(Extraction.ExtractedDirective d)
    {
        var kept = d.NeedsReview.Where(c => c is "needs-date" or "ongoing" or Extraction.ReviewCodes.Unsure).ToList();
        d.NeedsReview.Clear();
        d.NeedsReview.AddRange(d.Owners.Concat(d.Assisting).Where(o => !IsKnown(o)).Distinct().Select(o => $"unknown-owner:{o}"));
        if (d.Owners.Count == 0) d.NeedsReview.Add("no-owner");
        d.NeedsReview.AddRange(kept.Where(c => c != "needs-date" || d.Due is null));
    }

    [GeneratedRegex(@"^(?:本局|局属|局)?(?<name>.+?)(?:主要负责同志|主要负责人|负责同志|负责人|全体同志|同志)?$")]
    private static partial Regex Affixes();
}
