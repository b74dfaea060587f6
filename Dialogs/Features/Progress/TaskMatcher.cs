using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Progress;

/// <summary>
/// Finds the item someone means by words from its task ("凤凰山隧道二期" for "凤凰山隧道二三期工程…"):
/// a task containing the words wins; otherwise the tasks sharing most of the words' character pairs
/// (Chinese) or words (English). People abbreviate, so an exact substring is not required.
/// </summary>
public static class TaskMatcher
{
    private const double MinScore = 0.6;
    private const double TieMargin = 0.1;

    public static IReadOnlyList<Assignment> Match(string words, IEnumerable<Assignment> candidates) => Match(words, candidates, a => a.Task);

    public static IReadOnlyList<T> Match<T>(string words, IEnumerable<T> candidates, Func<T, string> taskOf)
    {
        var query = Normalize(words);
        if (query.Length == 0) return [];
        var list = candidates.ToList();
        var contained = list.Where(a => Normalize(taskOf(a)).Contains(query, StringComparison.Ordinal)).ToList();
        if (contained.Count > 0) return contained;

        var grams = Grams(query);
        if (grams.Count == 0) return [];
        var scored = list.Select(a => (Item: a, Score: Score(grams, Grams(Normalize(taskOf(a)))))).Where(s => s.Score >= MinScore).ToList();
        if (scored.Count == 0) return [];
        var best = scored.Max(s => s.Score);
        return scored.Where(s => s.Score >= best - TieMargin).OrderByDescending(s => s.Score).Select(s => s.Item).ToList();
    }

    private static double Score(HashSet<string> query, HashSet<string> task) => (double)query.Count(task.Contains) / query.Count;

    /// <summary>Character pairs of Chinese runs, and whole Latin words.</summary>
    private static HashSet<string> Grams(string text)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in text.Split([' ', ',', '，', '、', '。', ';', '；'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.All(c => c < 128)) { if (word.Length > 1) grams.Add(word); continue; }
            if (word.Length == 1) grams.Add(word);
            for (var i = 0; i + 1 < word.Length; i++) grams.Add(word.Substring(i, 2));
        }
        return grams;
    }

    private static string Normalize(string text) => text.Normalize(System.Text.NormalizationForm.FormKC).Trim().ToLowerInvariant();
}
