using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;

namespace ChatBot.Dialogs.Features.Audit;

/// <summary>An item's history: 第3条 记录, history of item 3 (an item number is required).</summary>
internal static partial class ItemHistoryRules
{
    public static Intent? Match(string text) =>
        TextSlots.Item(text) is { } item && History().IsMatch(text) ? TextSlots.WithItem(ItemHistoryCapability.History, item) : null;

    [GeneratedRegex(@"记录|历史|日志|变更|留痕|操作记录|\bhistory\b|\blog\b|\baudit\b|\bchanges\b|\btimeline\b", RegexOptions.IgnoreCase)]
    private static partial Regex History();
}
