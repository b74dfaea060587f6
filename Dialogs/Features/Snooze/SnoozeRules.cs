using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Snooze;

/// <summary>
/// 稍后提醒 / 稍后提醒 明天 / 明天再提醒我 / 下周一再提醒 / 两小时后再提醒我 / remind me tomorrow / remind me in 2 hours /
/// snooze until next Monday — the whole message. Without a time: 2 hours.
/// </summary>
internal static partial class SnoozeRules
{
    public static Intent? Match(string text)
    {
        var m = Zh().Match(text);
        if (!m.Success) m = ZhTimeFirst().Match(text);
        if (!m.Success) m = En().Match(text);
        if (!m.Success) return null;
        var w = m.Groups["w"].Value.ToLowerInvariant();
        var until = w.Length == 0 || w.Contains('2') || w.Contains('两') || w.Contains("two") ? SnoozeTime.TwoHours
            : w.Contains("明天") || w.Contains("tomorrow") ? SnoozeTime.Tomorrow
            : SnoozeTime.NextMonday;
        return Intent.Of(SnoozeCapability.Snooze.Name, ("until", until));
    }

    private const string ZhWhen = @"2\s*个?小时后?|两个?小时后?|明天|下周一|下个?星期一|下个?礼拜一";

    [GeneratedRegex(@"^(?:请)?稍后(?:再)?提醒(?:我)?\s*[:：,，]?\s*(?<w>" + ZhWhen + @")?(?:再提醒(?:我)?)?[\s。.!！]*$")]
    private static partial Regex Zh();

    [GeneratedRegex(@"^(?:请)?(?<w>" + ZhWhen + @")再提醒(?:我)?[\s。.!！]*$")]
    private static partial Regex ZhTimeFirst();

    [GeneratedRegex(@"^(?:please\s+)?(?:remind\s+me(?:\s+again)?|snooze)(?:\s+(?:later|(?:for\s+|in\s+)?(?<w>2|two)\s+hours?|(?:until\s+)?(?<w>tomorrow)|(?:until\s+|on\s+)?(?<w>next\s+monday)))?[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex En();
}
