using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;

namespace ChatBot.Dialogs.Features.CheckOff;

/// <summary>
/// A check-off request (第3条申请销号) and the office's verdict (同意第3条销号 / 退回第3条，理由…). Among
/// the reports, the verdict is read first (退回 may sit in a request's words), then the request.
/// </summary>
internal static partial class CheckOffRules
{
    public static Intent? Decision(string text)
    {
        var item = TextSlots.Item(text);
        if (Return().Match(text) is { Success: true } ret && (item is not null || SendBackWords().IsMatch(text)))
            return TextSlots.WithItem(CheckOffDecisionCapability.Return, item, ("reason", Reason(text, ret)));
        if (Approve().IsMatch(text)) return TextSlots.WithItem(CheckOffDecisionCapability.Approve, item);
        return null;
    }

    public static Intent? Request(string text)
    {
        if (RequestPattern().Match(text) is not { Success: true } request) return null;
        return TextSlots.WithItem(CheckOffRequestCapability.Request, TextSlots.Item(text), ("note", TextSlots.TrimSeparators(text[(request.Index + request.Length)..])));
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

    [GeneratedRegex(@"退回|驳回|打回|不同意销号|不予销号|send\s+(?:it\s+)?back|\breturn\s+(?:item|no\.|#)|\breject", RegexOptions.IgnoreCase)]
    private static partial Regex Return();

    [GeneratedRegex(@"销号|办结|check-?off|send\s+(?:it\s+)?back", RegexOptions.IgnoreCase)]
    private static partial Regex SendBackWords();

    [GeneratedRegex(@"(?:同意|批准|通过|核准|准予)[^，,。]{0,12}(?:销号|办结)|(?:销号|办结)[^，,。]{0,6}(?:同意|批准|通过)|\bapprove[sd]?\s+(?:the\s+)?(?:check-?off|closing|closure|item|no\.|#)|\bcheck\s+off\s+(?:item|no\.|#)", RegexOptions.IgnoreCase)]
    private static partial Regex Approve();

    [GeneratedRegex(@"申请销号|申请办结|(?:可以|能否|能不能|是否可以)(?:申请)?销号(?:了)?(?:吗|么|嘛)?\??|提请销号|请求销号|销号申请|request(?:ing)?\s+(?:a\s+)?check-?off(?:\s+(?:for|of)\s+(?:item|no\.|#)\s*\d+)?|ask(?:ing)?\s+for\s+check-?off(?:\s+(?:for|of)\s+(?:item|no\.|#)\s*\d+)?|\bmark\s+(?:item|no\.|#)\s*\d+\s+(?:as\s+)?(?:done|complete|completed|finished)", RegexOptions.IgnoreCase)]
    private static partial Regex RequestPattern();

    [GeneratedRegex(@"理由(?:是|为)?\s*[:：]?|原因(?:是|为)?\s*[:：]?|\bbecause\b|\breason\s*(?:is)?\s*[:：]?", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonMarker();

    [GeneratedRegex(@"第\s*\S{1,4}?\s*[条项]|(?:item|no\.|#)\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex ItemRef();

    [GeneratedRegex(@"^\s*(?:的)?(?:销号申请|销号|办结申请)")]
    private static partial Regex LeadingRequestWords();
}
