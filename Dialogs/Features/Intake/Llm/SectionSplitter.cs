using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Features.Intake.Llm;

/// <summary>
/// Cuts a long meeting text into pieces of at most N characters for the model: at section headings
/// (一、二、…) first, then at paragraph ends, then at sentence ends. The pieces are consecutive
/// substrings of the input with nothing left out and nothing repeated, so every directive is read once.
/// </summary>
public static partial class SectionSplitter
{
    public static List<string> Split(string text, int max)
    {
        // One call when it fits: every split costs the instructions and the roster again.
        if (text.Length <= max) return [text];
        var pieces = new List<string>();
        var current = "";
        foreach (var unit in Units(text, max))
        {
            // A heading starts a new piece when the current one already has text: sections stay whole where they fit.
            if (current.Length > 0 && (current.Length + unit.Length > max || (Heading().IsMatch(unit) && current.Length > max / 2)))
            {
                pieces.Add(current);
                current = "";
            }
            current += unit;
        }
        if (current.Length > 0) pieces.Add(current);
        return pieces;
    }

    /// <summary>Paragraphs (with their line ends), each cut at sentence ends, then hard, if longer than max.</summary>
    private static IEnumerable<string> Units(string text, int max)
    {
        foreach (Match p in Paragraph().Matches(text))
        {
            if (p.Length <= max) { yield return p.Value; continue; }
            foreach (Match s in Sentence().Matches(p.Value))
                for (var i = 0; i < s.Length; i += max) yield return s.Value.Substring(i, Math.Min(max, s.Length - i));
        }
    }

    [GeneratedRegex(@"[^\n]*(?:\n|$)")]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"[^。！？；]*(?:[。！？；]+|$)")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[部分章节条])")]
    private static partial Regex Heading();
}
