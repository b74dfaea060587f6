using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>Reads a head count as people answer it: "42", "42人", "四十二人", "共一百零五人参加".</summary>
public static partial class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>The first number in the text, in Arabic or Chinese numerals; null when there is none.</summary>
    public static int? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Normalize(System.Text.NormalizationForm.FormKC);
        var arabic = ArabicPattern().Match(t);
        if (arabic.Success) return int.TryParse(arabic.Value, out var n) ? n : null;
        var chinese = ChinesePattern().Match(t.Replace('两', '二').Replace('〇', '零'));
        return chinese.Success ? Parse(chinese.Value) : null;
    }

    /// <summary>Chinese numerals up to 9999万.</summary>
    public static int? Parse(string s)
    {
        long total = 0, section = 0, digit = 0;
        var any = false;
        foreach (var c in s)
        {
            var d = Digits.IndexOf(c);
            if (d >= 0) { digit = d; any = true; continue; }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10000, _ => 0 };
            if (unit == 0) return null;
            any = true;
            if (unit == 10000)
            {
                total += (section + digit) * 10000;
                section = digit = 0;
                continue;
            }
            // "十二" means 一十二.
            section += (digit == 0 && c == '十' ? 1 : digit) * unit;
            digit = 0;
        }
        if (!any) return null;
        var value = total + section + digit;
        return value > int.MaxValue ? null : (int)value;
    }

    [GeneratedRegex(@"-?\d+")]
    private static partial Regex ArabicPattern();

    [GeneratedRegex(@"[零一二三四五六七八九十百千万]+")]
    private static partial Regex ChinesePattern();
}
