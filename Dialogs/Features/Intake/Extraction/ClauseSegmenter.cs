using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>A sentence-level piece of a line: what one 。/；/！ (or an inline 一是/二是) delimits.</summary>
internal sealed record Segment(TextSpan Span, int Line, int EnumLevel, bool WholeLine)
{
    /// <summary>Numbered (一、/（一）/1./一是…); 0 when not.</summary>
    public bool Enumerated => EnumLevel > 0;
}

/// <summary>
/// Cuts meeting text into lines, sentences and comma pieces. Quotes (“…”, 《…》) and brackets (（…）) are
/// never cut, because speeches quote whole paragraphs with their own ；and brackets carry owner lists.
/// </summary>
internal static partial class ClauseSegmenter
{
    public static List<TextSpan> Lines(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var s = start; var e = i;
            while (s < e && IsBlank(text[s])) s++;
            while (e > s && IsBlank(text[e - 1])) e--;
            lines.Add(new TextSpan(s, e));
            start = i + 1;
        }
        return lines;
    }

    public static IEnumerable<Segment> Sentences(string text, TextSpan line, int lineNo)
    {
        var level = EnumLevelAt(text, line.Start);
        var pieces = Split(text, line, IsSentenceEnd, InlineEnumeratorFollows).ToList();
        for (var i = 0; i < pieces.Count; i++)
        {
            var p = pieces[i];
            var inlineLevel = i == 0 ? level : InlineEnumerator().IsMatch(text.AsSpan(p.Start, Math.Min(3, p.Length))) ? 4 : 0;
            yield return new Segment(p, lineNo, inlineLevel, pieces.Count == 1);
        }
    }

    /// <summary>Comma-level pieces of a sentence: ，, and a ：that introduces the content.</summary>
    public static List<TextSpan> Pieces(string text, TextSpan sentence) =>
        Split(text, sentence, c => c is '，' or ',' or '：' or ':', (_, _) => false).ToList();

    private static IEnumerable<TextSpan> Split(string text, TextSpan span, Func<char, bool> isSeparator, Func<string, int, bool> cutBefore)
    {
        var depth = 0;
        var quoted = false;
        var start = span.Start;
        for (var i = span.Start; i < span.End; i++)
        {
            var c = text[i];
            // "“两会“": an opening quote inside a quotation is a mistyped closing one.
            if (c == '“' && quoted) { depth = Math.Max(0, depth - 1); quoted = false; }
            else if (c is '“' or '《' or '（' or '(' or '「' or '‘' or '【') { depth++; quoted |= c == '“'; }
            else if (c is '”' or '》' or '）' or ')' or '」' or '’' or '】') { depth = Math.Max(0, depth - 1); quoted &= c != '”'; }
            else if (depth == 0 && isSeparator(c))
            {
                if (Trim(text, start, i) is { } t) yield return t;
                start = i + 1;
            }
            else if (depth == 0 && i > start && cutBefore(text, i))
            {
                if (Trim(text, start, i) is { } t) yield return t;
                start = i;
            }
        }
        if (Trim(text, start, span.End) is { } last) yield return last;
    }

    private static TextSpan? Trim(string text, int s, int e)
    {
        while (s < e && IsBlank(text[s])) s++;
        while (e > s && IsBlank(text[e - 1])) e--;
        return e > s ? new TextSpan(s, e) : null;
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\u3000';

    private static bool IsSentenceEnd(char c) => c is '。' or '；' or ';' or '！' or '!' or '？' or '?';

    /// <summary>"…落实：一是推进…" — an enumeration after a colon starts a new sentence.</summary>
    private static bool InlineEnumeratorFollows(string text, int i) =>
        i > 0 && text[i - 1] is '：' or ':' && InlineEnumerator().IsMatch(text.AsSpan(i, Math.Min(3, text.Length - i)));

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]，?)")]
    private static partial Regex InlineEnumerator();

    /// <summary>1 for 一、, 2 for （一）, 3 for 1. / （1） / ①; 0 otherwise.</summary>
    public static int EnumLevelAt(string text, int start)
    {
        var m = LineEnumerator().Match(text, start);
        if (!m.Success || m.Index != start) return 0;
        if (m.Groups["l1"].Success) return 1;
        if (m.Groups["l2"].Success) return 2;
        return 3;
    }

    /// <summary>Length of the numbering prefix at <paramref name="start"/>, so a task does not start with "1．".</summary>
    public static int EnumeratorLength(string text, int start)
    {
        var m = LineEnumerator().Match(text, start);
        if (m.Success && m.Index == start) return m.Length;
        var inline = InlineEnumerator().Match(text, start);
        return inline.Success && inline.Index == start ? inline.Length : 0;
    }

    [GeneratedRegex(@"\G(?:(?<l1>[一二三四五六七八九十]+[、.．])|(?<l2>[（(][一二三四五六七八九十]+[)）]、?)|(?:\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[)）]、?|[①-⑳])|[一二三四五六七八九十]是)\s*")]
    private static partial Regex LineEnumerator();
}
