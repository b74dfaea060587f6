using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;

namespace ChatBot.Dialogs.Features.Reassign;

/// <summary>
/// What people type about an item in the wrong hands: the unit's 退回 (第3条不属于我们，原因：…; item 3
/// is not ours, reason: …) and the office's answer — 改派 (第3条改派给市政工程处; reassign item 3 to …) or
/// keep (第3条仍由原单位办理，理由：…; keep item 3 with the unit, reason: …). The office's 退回第3条 of a
/// 销号 request is a different sentence and stays the check-off's.
/// </summary>
public static partial class ReassignRules
{
    /// <param name="text">The normalised text the rules read.</param>
    /// <param name="original">The message as sent: reasons keep the person's own punctuation when it lines up.</param>
    public static Intent? Match(string text, string? original = null)
    {
        var said = original?.Trim() is { } o && o.Length == text.Length ? o : text;
        var item = TextSlots.Item(text);
        if (item is null) return null;
        if (Keep().IsMatch(text)) return TextSlots.ItemIntent(ReassignDecisionCapability.Keep, item, ("reason", Reason(said, text)));
        if (ReassignTo().Match(text) is { Success: true } to) return TextSlots.ItemIntent(ReassignDecisionCapability.Reassign, item, ("unit", TextSlots.TrimSeparators(said.Substring(to.Groups["unit"].Index, to.Groups["unit"].Length))));
        if (NotOurs().IsMatch(text)) return TextSlots.ItemIntent(SendBackCapability.Request, item, ("reason", Reason(said, text)));
        return null;
    }

    private static string? Reason(string said, string text)
    {
        var marker = ReasonMarker().Match(text);
        return marker.Success ? TextSlots.TrimSeparators(said[(marker.Index + marker.Length)..]) : null;
    }

    [GeneratedRegex(@"不属于(?:我们|我单位|本单位|我处|我科|我队)|不是(?:我们|我单位|本单位)(?:的|职责)|不归(?:我们|我单位|本单位)|非(?:我们|我单位|本单位)(?:的)?职责|申请退回|申请改派|退回(?:给)?(?:局)?办公室|\bnot\s+(?:ours|our\s+(?:unit'?s?|job|responsibility|business))|\bdoes(?:n't|\s+not)\s+belong\s+to\s+us|\bbelongs\s+to\s+another\s+unit|\bsend\s+(?:item\s+\d+\s+)?back\s+to\s+the\s+office", RegexOptions.IgnoreCase)]
    private static partial Regex NotOurs();

    [GeneratedRegex(@"改派(?:给|到|至|为)\s*(?<unit>[^,，。;；]+?)(?:办理|负责|承办)?\s*(?:[,，。;；]|$)|\breassign\s+(?:item\s+\d+\s+|it\s+)?to\s+(?<unit>[^,.;]+?)\s*(?:[,.;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ReassignTo();

    [GeneratedRegex(@"仍由(?:原单位|该单位|本单位|原承办单位)|维持原(?:单位|承办单位|交办)|不予改派|不改派|不同意退回|\bkeep\s+(?:item\s+\d+|it)\s+with\s+(?:the|its|that)\s+(?:unit|owner)|\bno\s+reassignment\b", RegexOptions.IgnoreCase)]
    private static partial Regex Keep();

    [GeneratedRegex(@"原因(?:是|为)?\s*:?|理由(?:是|为)?\s*:?|因为|说明\s*:|\bbecause\b|\breason\s*(?:is)?\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonMarker();
}
