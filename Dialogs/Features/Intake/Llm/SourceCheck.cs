using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Features.Intake.Llm;

/// <summary>
/// Every source shown to a reviewer must be words the meeting actually said. A model's source that is
/// not a verbatim substring is repaired to the input sentence that best holds the task's words, or the
/// item is dropped — an invented directive must never reach the review card looking quoted.
/// </summary>
public static partial class SourceCheck
{
    /// <summary>Share of the task's character pairs a sentence must contain to stand as its source.</summary>
    public const double MinOverlap = 0.6;

    public static string? Verbatim(string input, string source, string task)
    {
        var s = source.Trim();
        if (s.Length > 0 && input.Contains(s, StringComparison.Ordinal)) return s;
        var words = Pairs(task + s);
        if (words.Count == 0) return null;
        var best = Sentences().Matches(input).Select(m => m.Value.Trim()).Where(x => x.Length > 0)
            .Select(x => (Sentence: x, Score: words.Count(w => x.Contains(w, StringComparison.Ordinal)) / (double)words.Count))
            .MaxBy(x => x.Score);
        return best.Score >= MinOverlap ? best.Sentence : null;
    }

    /// <summary>Character pairs of the Chinese and letters only: punctuation says nothing about content.</summary>
    private static HashSet<string> Pairs(string text)
    {
        var clean = new string(text.Where(char.IsLetterOrDigit).ToArray());
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < clean.Length; i++) pairs.Add(clean.Substring(i, 2));
        return pairs;
    }

    [GeneratedRegex(@"[^。！？；\n]+[。！？；]?")]
    private static partial Regex Sentences();
}
