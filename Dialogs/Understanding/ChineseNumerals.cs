using ChatBot.Dialogs.Understanding;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Understanding;

/// <summary>
/// Numbers as people write them: digits, or Chinese numerals (三, 两, 十五, 四十二, 一百零五, 二〇二五).
/// The one reader for chat slots, dates in documents and head counts.
/// </summary>
public static partial class ChineseNumerals
{
    public const string Pattern = "[零〇○一二两三四五六七八九十百千]+";
    private const string YearDigits = "〇一二三四五六七八九";

    /// <summary>Digits or a Chinese numeral; null when it is neither (e.g. an anonymised "X").</summary>
    public static int? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        var t = text.Replace('两', '二').Replace('零', '〇').Replace('○', '〇');
        // Years are spelt digit by digit: 二〇二五.
        if (t.Length == 4 && t.All(c => YearDigits.Contains(c))) return t.Aggregate(0, (acc, c) => acc * 10 + YearDigits.IndexOf(c));
        return ParseChinese(text);
    }

    /// <summary>The first number in a text ("共一百零五人参加", "42人"); null when there is none.</summary>
    public static int? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = NumberPattern().Match(text.Normalize(System.Text.NormalizationForm.FormKC));
        return match.Success ? Parse(match.Value) : null;
    }

    /// <summary>Day of week for "一…六/日/天" (and 1–7); null otherwise.</summary>
    public static DayOfWeek? Weekday(string s) => s switch
    {
        "一" or "1" => DayOfWeek.Monday, "二" or "2" => DayOfWeek.Tuesday, "三" or "3" => DayOfWeek.Wednesday,
        "四" or "4" => DayOfWeek.Thursday, "五" or "5" => DayOfWeek.Friday, "六" or "6" => DayOfWeek.Saturday,
        "日" or "天" or "7" => DayOfWeek.Sunday, _ => null,
    };

    /// <summary>The Chinese spelling of a small number, for checking a number occurs in a text (3 → 三).</summary>
    public static string ToChinese(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n < 10) return digits[n].ToString();
        if (n < 20) return "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        if (n < 100) return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        return n.ToString(CultureInfo.InvariantCulture);
    }

    private static int? ParseChinese(string text)
    {
        int total = 0, digit = -1;
        var lastUnit = int.MaxValue;
        foreach (var c in text)
        {
            var d = Digit(c);
            if (d == 0 && total > 0) continue; // 一百零五: the 零 only marks a gap
            if (d >= 0)
            {
                if (digit >= 0) return null; // 一二 is two digits, not a number
                digit = d;
                continue;
            }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0 || unit >= lastUnit) return null;
            // 十五 means 15: only a leading 十 may go without its 一.
            var multiplier = digit >= 0 ? digit : total == 0 && unit == 10 ? 1 : -1;
            if (multiplier <= 0) return null;
            total += multiplier * unit;
            lastUnit = unit;
            digit = -1;
        }
        if (digit > 0) total += digit;
        return total > 0 || text is "零" or "〇" ? total : null;
    }

    private static int Digit(char c) => c switch
    {
        '零' or '〇' or '○' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    [GeneratedRegex(@"-?\d+|[零〇○一二两三四五六七八九十百千]+")]
    private static partial Regex NumberPattern();
}
