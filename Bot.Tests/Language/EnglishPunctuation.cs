namespace ChatBot.Bot.Tests.Language;

/// <summary>English texts use ASCII punctuation: no full-width colons, commas, brackets, ideographic spaces or Chinese quotes.</summary>
public static class EnglishPunctuation
{
    /// <summary>CJK symbols and punctuation (、。「」【】 and the ideographic space), full-width forms (：，（）！？), and “ ” ‘ ’.</summary>
    public static bool IsChinesePunctuation(char c) =>
        c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFF65' or '\u2018' or '\u2019' or '\u201C' or '\u201D';

    /// <summary>The offending characters with some context, empty when the text is clean.</summary>
    public static IReadOnlyList<string> Problems(string text) =>
        text.Select((c, i) => (c, i)).Where(x => IsChinesePunctuation(x.c))
            .Select(x => $"'{x.c}' (U+{(int)x.c:X4}) in \"{Around(text, x.i)}\"").ToList();

    public static void AssertAscii(string text) =>
        Assert.True(Problems(text).Count == 0, "Chinese punctuation in an English text: " + string.Join("; ", Problems(text)));

    /// <summary>The text with the data it shows (Chinese names, tasks, source sentences) taken out, leaving what the bot wrote.</summary>
    public static string Template(string text, params string[] data) =>
        data.OrderByDescending(d => d.Length).Aggregate(text, (t, d) => t.Replace(d, "DATA"));

    private static string Around(string text, int i)
    {
        var from = Math.Max(0, i - 20);
        return text[from..Math.Min(text.Length, i + 20)].Replace("\n", " ");
    }
}
