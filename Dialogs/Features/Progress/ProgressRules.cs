using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;

namespace ChatBot.Dialogs.Features.Progress;

/// <summary>Progress on a directive: 第3条 进展：…, 凤凰山隧道二期本周完成30% — the last of the item reports.</summary>
internal static partial class ProgressRules
{
    public static Intent? Match(string text) => Progress(text, TextSlots.Item(text));

    private static Intent? Progress(string text, int? item)
    {
        var percent = TextSlots.Percent(text);
        var labelled = ProgressLabel().IsMatch(text);
        if (item is null && percent is null && !labelled) return null;
        if (item is not null && percent is null && !labelled && !ProgressWords().IsMatch(text)) return null;

        var report = item is null ? text : ProgressLabelAtStart().Replace(TextSlots.WithoutItem(text), "", 1);
        report = TextSlots.TrimSeparators(report);
        var slots = new Dictionary<string, string>();
        if (item is { } n) slots["item"] = TextSlots.Digits(n);
        if (percent is { } p and >= 0 and <= 100) slots["percent"] = TextSlots.Digits(p);
        if (report.Length > 0 && !TextSlots.IsOnlyPercent(report)) slots["text"] = report;
        // Without a number the task is named by its words: 凤凰山隧道二期本周完成30% → 凤凰山隧道二期.
        if (item is null && TaskWords(text) is { } task) slots["task"] = task;
        if (slots.Count == 0 || (item is null && !slots.ContainsKey("task") && !labelled)) return null;
        return new Intent(ProgressCapability.Report, slots);
    }

    private static string? TaskWords(string text)
    {
        var m = TaskEnd().Match(text);
        var words = TextSlots.TrimSeparators(m.Success ? text[..m.Index] : "");
        return words.Length >= 2 ? words : null;
    }

    [GeneratedRegex(@"^(?:的)?\s*(?:进展情况|进展|进度|反馈)\s*[:：]?|^\s*(?:progress(?:\s+(?:on|for|report))?|update(?:\s+on)?|status update)\s*[:：]?", RegexOptions.IgnoreCase)]
    private static partial Regex ProgressLabelAtStart();

    [GeneratedRegex(@"进展情况|进展|进度|反馈|progress|\bupdate\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProgressLabel();

    [GeneratedRegex(@"完成|推进|开展|启动|开工|招标|签订|已经|正在|\bdone\b|\bcomplete|\bfinished\b|\bsigned\b|\bstarted\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProgressWords();

    [GeneratedRegex(@"本周|今天|昨天|目前|现在|已经|已|完成|进展|进度|\d|[,，:：]|\bis\b|\bhas\b|\bthis week\b")]
    private static partial Regex TaskEnd();
}
