using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Intake.Review;

/// <summary>
/// Unit names as a reviewer or a model writes them, matched to the roster by name or alias. What does
/// not match stays as written and is flagged, so the reviewer sees it rather than a guess.
/// </summary>
public sealed class RosterNames(IReadOnlyList<Unit> units)
{
    public const string AllUnits = "*";

    public IReadOnlyList<Unit> Units { get; } = units;

    public Unit? Find(string name)
    {
        var n = name.Trim();
        return Units.FirstOrDefault(u => u.Name == n) ?? Units.FirstOrDefault(u => u.Aliases.Contains(n))
            // "局市政工程处", "市政工程处同志": the longest roster name inside what was written.
            ?? Units.SelectMany(u => u.AllNames().Select(a => (Unit: u, Alias: a)))
                .Where(x => x.Alias.Length >= 2 && n.Contains(x.Alias, StringComparison.Ordinal))
                .OrderByDescending(x => x.Alias.Length).Select(x => x.Unit).FirstOrDefault();
    }

    /// <summary>The roster's name when known, else the name as written.</summary>
    public string Canonical(string name) => name == AllUnits ? AllUnits : Find(name)?.Name ?? name.Trim();

    public bool IsKnown(string name) => name == AllUnits || Find(name) is not null;

    /// <summary>"市政工程处、政策法规科和人事科" → three names.</summary>
    public static List<string> Split(string value) =>
        value.Split(['、', '，', ',', '；', ';', '/', ' ', '和', '及'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Trim('。', '.', '"', '“', '”')).Where(s => s.Length > 0).Distinct().ToList();

    /// <summary>Re-derives the owner codes of an item after an edit; date and "ongoing" codes are kept.</summary>
    public void Reflag(Extraction.ExtractedDirective d)
    {
        var kept = d.NeedsReview.Where(c => c is "needs-date" or "ongoing").ToList();
        d.NeedsReview.Clear();
        d.NeedsReview.AddRange(d.Owners.Concat(d.Assisting).Where(o => !IsKnown(o)).Distinct().Select(o => $"unknown-owner:{o}"));
        if (d.Owners.Count == 0) d.NeedsReview.Add("no-owner");
        d.NeedsReview.AddRange(kept.Where(c => c != "needs-date" || d.Due is null));
    }
}
