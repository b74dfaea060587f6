namespace ChatBot.Dialogs.Understanding.Time;

/// <summary>Small numbers as written in dates: "26", "二十六", "十一", "两". Null for anonymised "X" or nonsense.</summary>
public static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    public static int? Parse(string s)
    {
        if (string.IsNullOrEmpty(s)) return null;
        if (s.All(char.IsAsciiDigit)) return int.Parse(s);
        s = s.Replace('两', '二').Replace('零', '〇').Replace('○', '〇');
        if (s.All(c => Digits.Contains(c)) && s.Length == 4) // 二〇二五
            return s.Aggregate(0, (n, c) => n * 10 + Digits.IndexOf(c));
        var ten = s.IndexOf('十');
        if (ten < 0) return s.Length == 1 && Digits.Contains(s[0]) ? Digits.IndexOf(s[0]) : null;
        var tens = ten == 0 ? 1 : s.Length > 0 && Digits.Contains(s[0]) && ten == 1 ? Digits.IndexOf(s[0]) : -1;
        if (tens < 0) return null;
        var rest = s[(ten + 1)..];
        if (rest.Length == 0) return tens * 10;
        if (rest.Length == 1 && Digits.Contains(rest[0])) return tens * 10 + Digits.IndexOf(rest[0]);
        return null;
    }

    /// <summary>Day of week for "一…六/日/天" (and 1–7); null otherwise.</summary>
    public static DayOfWeek? Weekday(string s) => s switch
    {
        "一" or "1" => DayOfWeek.Monday, "二" or "2" => DayOfWeek.Tuesday, "三" or "3" => DayOfWeek.Wednesday,
        "四" or "4" => DayOfWeek.Thursday, "五" or "5" => DayOfWeek.Friday, "六" or "6" => DayOfWeek.Saturday,
        "日" or "天" or "7" => DayOfWeek.Sunday, _ => null,
    };
}
