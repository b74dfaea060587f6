using ChatBot.Dialogs.Understanding;
using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Features.Reminders;

public enum PauseAction
{
    Pause = 0,
    Resume = 1,
}

/// <summary>
/// "暂停提醒3天" / "暂停提醒三天" / "暂停提醒一周" / "pause reminders for 3 days" and
/// "恢复提醒" / "resume reminders". Without a duration a pause lasts one day (today).
/// </summary>
public sealed partial record PauseCommand(PauseAction Action, int Days)
{
    /// <summary>The command in <paramref name="text"/> (mentions already stripped), or null when it is not one.</summary>
    public static PauseCommand? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = Trailing().Replace(text.Trim(), "").Normalize(System.Text.NormalizationForm.FormKC);
        if (ZhResume().IsMatch(t) || EnResume().IsMatch(t)) return new(PauseAction.Resume, 0);
        var m = ZhPause().Match(t);
        if (!m.Success) m = ZhPauseNumberFirst().Match(t);
        if (!m.Success) m = EnPause().Match(t);
        if (!m.Success) return null;
        if (!m.Groups["n"].Success && !m.Groups["u"].Success) return new(PauseAction.Pause, 1);
        var n = m.Groups["n"].Success ? Number(m.Groups["n"].Value) : 1;
        if (n is not > 0) return null;
        var days = n.Value * UnitDays(m.Groups["u"].Value);
        return days is > 0 and <= 3660 ? new(PauseAction.Pause, days) : null;
    }

    private static int UnitDays(string unit) => unit.ToLowerInvariant() switch
    {
        "周" or "星期" or "个星期" or "礼拜" or "个礼拜" or "week" or "weeks" => 7,
        "个月" or "month" or "months" => 30,
        _ => 1,
    };

    private static int? Number(string text)
    {
        if (int.TryParse(text, out var n)) return n;
        switch (text.ToLowerInvariant())
        {
            case "a" or "an" or "one": return 1;
            case "two": return 2;
            case "three": return 3;
            case "four": return 4;
            case "five": return 5;
            case "six": return 6;
            case "seven": return 7;
            case "ten": return 10;
            case "fourteen": return 14;
        }
        return ChineseNumber(text);
    }

    /// <summary>一…九十九 (一, 两, 十, 十五, 二十, 三十一).</summary>
    private static int? ChineseNumber(string text)
    {
        static int Digit(char c) => "零一二三四五六七八九".IndexOf(c) is >= 0 and var i ? i : c == '两' ? 2 : -1;
        var ten = text.IndexOf('十');
        if (ten < 0) return text.Length == 1 && Digit(text[0]) > 0 ? Digit(text[0]) : null;
        var tens = ten == 0 ? 1 : ten == 1 ? Digit(text[0]) : -1;
        var ones = ten == text.Length - 1 ? 0 : ten == text.Length - 2 ? Digit(text[^1]) : -1;
        return tens > 0 && ones >= 0 ? tens * 10 + ones : null;
    }

    private const string ZhNumber = @"(?<n>\d+|[一二两三四五六七八九十]+)";
    private const string ZhUnit = @"(?<u>天|日|个工作日|工作日|周|星期|个星期|礼拜|个礼拜|个月)";

    [GeneratedRegex(@"[\s。！!．.，,]+$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^(?:请)?(?:恢复|重新开启|打开|开启)(?:我的)?提醒$|^(?:请)?取消暂停(?:提醒)?$")]
    private static partial Regex ZhResume();

    [GeneratedRegex(@"^(?:please\s+)?(?:resume|unpause|restart|turn\s+on)\s+(?:my\s+)?reminders?$", RegexOptions.IgnoreCase)]
    private static partial Regex EnResume();

    [GeneratedRegex(@"^(?:请)?(?:暂停|暂停接收|关闭)(?:我的)?提醒\s*(?:" + ZhNumber + @"\s*)?" + ZhUnit + "?$")]
    private static partial Regex ZhPause();

    [GeneratedRegex(@"^(?:请)?暂停\s*" + ZhNumber + @"\s*" + ZhUnit + @"(?:的)?提醒$")]
    private static partial Regex ZhPauseNumberFirst();

    [GeneratedRegex(@"^(?:please\s+)?(?:pause|snooze|mute)\s+(?:my\s+|all\s+)?reminders?(?:\s+for)?(?:\s+(?<n>\d+|an?|one|two|three|four|five|six|seven|ten|fourteen))?(?:\s*(?<u>days?|weeks?|months?))?$", RegexOptions.IgnoreCase)]
    private static partial Regex EnPause();
}
