namespace ChatBot.Dialogs.Understanding.Rules;

/// <summary>
/// Numbers as people type them in chat: digits, or Chinese numerals (三, 两, 十五, 四十二, 一百二十, 三千).
/// Chat numbers are small (items, days, attendees), so the reader stops at 九千九百九十九.
/// </summary>
public static class ChineseNumerals
{
    public const string Pattern = "[零〇一二两三四五六七八九十百千]+";

    /// <summary>Digits or a Chinese numeral; null when it is neither.</summary>
    public static int? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) return n;
        return ParseChinese(text);
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
        '零' or '〇' => 0,
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

    /// <summary>The Chinese spelling of a small number, for checking a number occurs in a text (3 → 三).</summary>
    public static string ToChinese(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n < 10) return digits[n].ToString();
        if (n < 20) return "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        if (n < 100) return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
