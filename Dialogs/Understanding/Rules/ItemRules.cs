using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Understanding.Rules;

/// <summary>
/// What people say about one directive: its progress (第3条 进展：…, 凤凰山隧道二期本周完成30%), a
/// check-off request (第3条申请销号), the office's verdict (同意第3条销号 / 退回第3条，理由…) and its
/// history (第3条 记录).
/// </summary>
internal static partial class ItemRules
{
    public static Intent? Match(string text)
    {
        var item = TextSlots.Item(text);
        if (Return().Match(text) is { Success: true } ret && (item is not null || SendBackWords().IsMatch(text)))
            return WithItem(Intents.CheckOffReturn, item, ("reason", Reason(text, ret)));
        if (Approve().IsMatch(text)) return WithItem(Intents.CheckOffApprove, item);
        if (Request().Match(text) is { Success: true } request)
            return WithItem(Intents.CheckOffRequest, item, ("note", TextSlots.TrimSeparators(text[(request.Index + request.Length)..])));
        if (item is not null && History().IsMatch(text)) return WithItem(Intents.ItemHistory, item);
        return Progress(text, item);
    }

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
        return new Intent(Intents.ProgressReport, slots);
    }

    private static string? TaskWords(string text)
    {
        var m = TaskEnd().Match(text);
        var words = TextSlots.TrimSeparators(m.Success ? text[..m.Index] : "");
        return words.Length >= 2 ? words : null;
    }

    private static string? Reason(string text, Match keyword)
    {
        var marker = ReasonMarker().Match(text);
        if (marker.Success) return TextSlots.TrimSeparators(text[(marker.Index + marker.Length)..]);
        // No "理由": the reason is whatever follows the verb and the item (第4条退回，材料不全).
        var itemEnd = ItemRef().Match(text) is { Success: true } i ? i.Index + i.Length : 0;
        var rest = text[Math.Max(itemEnd, keyword.Index + keyword.Length)..];
        return TextSlots.TrimSeparators(LeadingRequestWords().Replace(rest, ""));
    }

    private static Intent WithItem(string name, int? item, params (string Key, string? Value)[] extra)
    {
        var slots = new Dictionary<string, string>();
        if (item is { } n) slots["item"] = TextSlots.Digits(n);
        foreach (var (key, value) in extra)
            if (!string.IsNullOrWhiteSpace(value)) slots[key] = value;
        return new Intent(name, slots);
    }

    [GeneratedRegex(@"退回|驳回|打回|不同意销号|不予销号|send\s+(?:it\s+)?back|\breturn\s+(?:item|no\.|#)|\breject", RegexOptions.IgnoreCase)]
    private static partial Regex Return();

    [GeneratedRegex(@"销号|办结|check-?off|send\s+(?:it\s+)?back", RegexOptions.IgnoreCase)]
    private static partial Regex SendBackWords();

    [GeneratedRegex(@"(?:同意|批准|通过|核准|准予)[^，,。]{0,12}(?:销号|办结)|(?:销号|办结)[^，,。]{0,6}(?:同意|批准|通过)|\bapprove[sd]?\s+(?:the\s+)?(?:check-?off|closing|closure|item|no\.|#)|\bcheck\s+off\s+(?:item|no\.|#)", RegexOptions.IgnoreCase)]
    private static partial Regex Approve();

    [GeneratedRegex(@"申请销号|申请办结|(?:可以|能否|能不能|是否可以)(?:申请)?销号(?:了)?(?:吗|么|嘛)?\??|提请销号|请求销号|销号申请|request(?:ing)?\s+(?:a\s+)?check-?off(?:\s+(?:for|of)\s+(?:item|no\.|#)\s*\d+)?|ask(?:ing)?\s+for\s+check-?off(?:\s+(?:for|of)\s+(?:item|no\.|#)\s*\d+)?|\bmark\s+(?:item|no\.|#)\s*\d+\s+(?:as\s+)?(?:done|complete|completed|finished)", RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    [GeneratedRegex(@"记录|历史|日志|变更|留痕|操作记录|\bhistory\b|\blog\b|\baudit\b|\bchanges\b|\btimeline\b", RegexOptions.IgnoreCase)]
    private static partial Regex History();

    [GeneratedRegex(@"^(?:的)?\s*(?:进展情况|进展|进度|反馈)\s*[:：]?|^\s*(?:progress(?:\s+(?:on|for|report))?|update(?:\s+on)?|status update)\s*[:：]?", RegexOptions.IgnoreCase)]
    private static partial Regex ProgressLabelAtStart();

    [GeneratedRegex(@"进展情况|进展|进度|反馈|progress|\bupdate\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProgressLabel();

    [GeneratedRegex(@"完成|推进|开展|启动|开工|招标|签订|已经|正在|\bdone\b|\bcomplete|\bfinished\b|\bsigned\b|\bstarted\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProgressWords();

    [GeneratedRegex(@"本周|今天|昨天|目前|现在|已经|已|完成|进展|进度|\d|[,，:：]|\bis\b|\bhas\b|\bthis week\b")]
    private static partial Regex TaskEnd();

    [GeneratedRegex(@"理由(?:是|为)?\s*[:：]?|原因(?:是|为)?\s*[:：]?|\bbecause\b|\breason\s*(?:is)?\s*[:：]?", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonMarker();

    [GeneratedRegex(@"第\s*\S{1,4}?\s*[条项]|(?:item|no\.|#)\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex ItemRef();

    [GeneratedRegex(@"^\s*(?:的)?(?:销号申请|销号|办结申请)")]
    private static partial Regex LeadingRequestWords();
}
