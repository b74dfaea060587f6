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

    [GeneratedRegex(@"^(?:查看|看看|查询)?(?:我的)?提醒(?:设置|配置|规则)(?:是什么|是怎样的|怎么样)?[\s。.!！?？]*$"
        + @"|^我的提醒(?:是)?怎么(?:设置|安排)的?[\s。.!！?？]*$"
        + @"|^(?:show\s+)?(?:my\s+)?reminder\s+(?:settings|preferences)[\s.!?]*$"
        + @"|^(?:what\s+are\s+)?my\s+reminder\s+settings[\s.!?]*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
