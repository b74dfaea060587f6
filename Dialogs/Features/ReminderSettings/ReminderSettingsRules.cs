using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.ReminderSettings;

/// <summary>
/// 我的提醒设置 / 提醒设置 / 我的提醒是怎么设置的 / my reminder settings / reminder settings — the whole
/// message, so a sentence that only mentions 提醒 (暂停提醒, a reminder card's words) is not taken for it.
/// </summary>
internal static partial class ReminderSettingsRules
{
    public static Intent? Match(string text) => Pattern().IsMatch(text) ? Intent.Of(ReminderSettingsCapability.Show) : null;

    /// <summary>改为每日汇总 / 每日汇总 / 即时提醒 / 免打扰 12:00-14:00 / 取消免打扰 / daily digest / instant reminders / quiet hours 12-14 / no quiet hours.</summary>
    public static Intent? MatchSet(string text)
    {
        var name = ReminderSettingsCapability.Set.Name;
        if (Digest().IsMatch(text)) return Intent.Of(name, ("delivery", "digest"));
        if (Instant().IsMatch(text)) return Intent.Of(name, ("delivery", "instant"));
        if (QuietOff().IsMatch(text)) return Intent.Of(name, ("quiet", "none"));
        var m = Quiet().Match(text);
        return m.Success ? Intent.Of(name, ("quiet", m.Groups["w"].Value.Trim())) : null;
    }

    [GeneratedRegex(@"^(?:提醒方式\s*[:：]?\s*)?(?:改为|设为|切换为|改成|我要)?(?:每日汇总|每天汇总|每日一次汇总|每天一次汇总)(?:提醒)?(?:一次)?[\s。.!！]*$"
        + @"|^(?:switch\s+to\s+|use\s+|send\s+me\s+)?(?:one\s+|a\s+)?daily\s+digest(?:\s+only)?[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Digest();

    [GeneratedRegex(@"^(?:提醒方式\s*[:：]?\s*)?(?:改为|设为|切换为|改成|恢复)?(?:即时提醒|实时提醒|逐条提醒)[\s。.!！]*$"
        + @"|^(?:switch\s+to\s+|use\s+)?instant\s+reminders?[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Instant();

    [GeneratedRegex(@"^(?:取消|关闭)免打扰(?:时段|时间)?[\s。.!！]*$|^免打扰(?:时段|时间)?\s*[:：]?\s*(?:无|关闭|不设)[\s。.!！]*$|^(?:no|turn\s+off)\s+quiet\s+hours[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex QuietOff();

    [GeneratedRegex(@"^(?:设置)?免打扰(?:时段|时间)?\s*[:：]?\s*(?<w>\S.*)$|^(?:set\s+)?(?:my\s+)?quiet\s+hours\s*(?:to\s+|:\s*)?(?<w>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Quiet();

    [GeneratedRegex(@"^(?:查看|看看|查询)?(?:我的)?提醒(?:设置|配置|规则)(?:是什么|是怎样的|怎么样)?[\s。.!！?？]*$"
        + @"|^我的提醒(?:是)?怎么(?:设置|安排)的?[\s。.!！?？]*$"
        + @"|^(?:show\s+)?(?:my\s+)?reminder\s+(?:settings|preferences)[\s.!?]*$"
        + @"|^(?:what\s+are\s+)?my\s+reminder\s+settings[\s.!?]*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
