using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Cascade;

/// <summary>
/// 第3条转派给一中队、张三，12月15日前，任务：东片区 / pass item 3 to Squad 1 and Zhang San by Dec 15, task: …;
/// 第3条分解情况 / breakdown of item 3.
/// </summary>
public static partial class CascadeRules
{
    public static Intent? Match(string text, DateOnly today, string? original = null)
    {
        var said = original?.Trim() is { } o && o.Length == text.Length ? o : text;
        var item = TextSlots.Item(text);
        if (item is null) return null;
        if (Breakdown().IsMatch(text)) return TextSlots.ItemIntent(CascadeCapability.Breakdown, item);
        if (PassTo().Match(text) is not { Success: true } pass) return null;

        var rest = said[(pass.Index + pass.Length)..];
        var taskAt = TaskMarker().Match(rest);
        var task = taskAt.Success ? TextSlots.TrimSeparators(rest[(taskAt.Index + taskAt.Length)..]) : null;
        if (taskAt.Success) rest = rest[..taskAt.Index];
        var cut = TargetEnd().Match(rest);
        var targets = TextSlots.TrimSeparators(cut.Success ? rest[..cut.Index] : rest);
        var date = cut.Success ? ChatDates.FindIso(rest[cut.Index..], today) : null;
        return TextSlots.ItemIntent(CascadeCapability.PassDown, item, ("to", string.Join("、", SplitNames(targets))), ("date", date), ("task", task));
    }

    /// <summary>"一中队、张三和李四" → three names.</summary>
    public static List<string> SplitNames(string? value) => (value ?? "")
        .Split(['、', ',', '，', '/', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .SelectMany(s => AndWord().Split(s)).Select(s => TextSlots.TrimSeparators(s)).Where(s => s.Length > 0).Distinct().ToList();

    [GeneratedRegex(@"分解情况|分解进度|转派情况|\bbreakdown\b|\bpassed\s+down\b|\bsub-?items\b", RegexOptions.IgnoreCase)]
    private static partial Regex Breakdown();

    [GeneratedRegex(@"(?:转派|分派|下派)(?:给|到|至)?\s*|转交(?:给|到|至)\s*|\bpass\s+(?:item\s+\d+\s+|it\s+)?(?:down\s+)?to\s+", RegexOptions.IgnoreCase)]
    private static partial Regex PassTo();

    /// <summary>Where the names end: a comma or full stop, a deadline (12月15日前, by Dec 15, before …).</summary>
    [GeneratedRegex(@"[,，。;；]|\s*(?:\d{4}[-年/])?\d{1,2}\s*月|\s*\d{4}-\d{1,2}-\d{1,2}|\s+(?:by|before|due)\s+|\s*(?:期限|截止|时限|本周|下周|月底|年底)", RegexOptions.IgnoreCase)]
    private static partial Regex TargetEnd();

    [GeneratedRegex(@"(?:任务|内容|负责|事项)\s*[:：]|\btask\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex TaskMarker();

    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndWord();
}
