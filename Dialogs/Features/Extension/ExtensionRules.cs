using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Extension;

/// <summary>
/// What people type about a deadline extension: the unit's request (第3条申请延期到12月20日，原因：…，
/// 目前进展：…; request extension of item 3 to Dec 20, reason: …) and the approver's answer
/// (同意第3条延期 / 不同意第3条延期，理由：…). A request needs a request word (申请延期, request an
/// extension), so a review edit "第5条 截止 12月10日" stays the intake's.
/// </summary>
public static partial class ExtensionRules
{
    /// <param name="text">The normalised text the rules read.</param>
    /// <param name="original">The message as sent: reasons keep the person's own punctuation when it lines up with the normalised text.</param>
    public static Intent? Match(string text, DateOnly today, string? original = null)
    {
        var said = original?.Trim() is { } o && o.Length == text.Length ? o : text;
        var item = TextSlots.Item(text);
        if (Refuse().Match(text) is { Success: true } refuse)
            return TextSlots.ItemIntent(ExtensionDecisionCapability.Refuse, item, ("reason", After(said, ReasonMarker().Match(text)) ?? Rest(said, refuse)));
        if (Approve().IsMatch(text)) return TextSlots.ItemIntent(ExtensionDecisionCapability.Approve, item);
        if (Request().Match(text) is not { Success: true } request) return null;

        var reasonAt = ReasonMarker().Match(text, request.Index);
        var progressAt = ProgressMarker().Match(text, request.Index);
        var headEnd = Math.Min(reasonAt.Success ? reasonAt.Index : text.Length, progressAt.Success ? progressAt.Index : text.Length);
        var head = TextSlots.WithoutItem(text[..headEnd]);
        return TextSlots.ItemIntent(ExtensionRequestCapability.Request, item,
            ("date", NewDeadline(head, today)),
            ("reason", Segment(said, reasonAt, progressAt)),
            ("progress", Segment(said, progressAt, reasonAt)));
    }

    /// <summary>
    /// The date asked for, yyyy-MM-dd. A month and day without a year that has already passed this year
    /// means next year (延期到1月15日, said in December); a year written out is taken as written.
    /// </summary>
    private static string? NewDeadline(string head, DateOnly today)
    {
        if (ChatDates.Find(head, today) is not { } date) return null;
        if (date < today && !WrittenYear().IsMatch(head) && MonthAndDay().IsMatch(head)) date = date.AddYears(1);
        return ChatDates.Iso(date);
    }

    /// <summary>The text after <paramref name="marker"/>, up to <paramref name="next"/> when that comes later.</summary>
    private static string? Segment(string text, Match marker, Match next)
    {
        if (!marker.Success) return null;
        var start = marker.Index + marker.Length;
        var end = next.Success && next.Index > marker.Index ? next.Index : text.Length;
        return TextSlots.TrimSeparators(text[start..end]);
    }

    private static string? After(string text, Match marker) => marker.Success ? TextSlots.TrimSeparators(text[(marker.Index + marker.Length)..]) : null;

    /// <summary>No "理由": the reason is whatever follows the verb and the item (不同意第3条延期，工期不能再拖).</summary>
    private static string Rest(string text, Match keyword)
    {
        var rest = text[(keyword.Index + keyword.Length)..];
        rest = ItemRef().Replace(rest, "", 1);
        return TextSlots.TrimSeparators(LeadingWords().Replace(TextSlots.TrimSeparators(rest), ""));
    }

    [GeneratedRegex(@"申请延期|延期申请|请求延期|申请延长|要求延期|申请推迟|申请顺延|需要延期|想延期|(?:能否|可否|可不可以|能不能)延期|\brequest(?:ing|s)?\s+(?:an?\s+)?(?:deadline\s+)?extension|\bask(?:ing)?\s+for\s+(?:an?\s+)?(?:deadline\s+)?extension|\bextension\s+request|\bneed\s+(?:an?\s+)?extension", RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    [GeneratedRegex(@"(?<!不)(?:同意|批准|准予|准许)[^,。]{0,12}延期|延期[^,。]{0,6}(?<!不)(?:同意|批准)|\b(?:approve[sd]?|grant(?:s|ed)?)\s+(?:the\s+)?(?:deadline\s+)?extension", RegexOptions.IgnoreCase)]
    private static partial Regex Approve();

    [GeneratedRegex(@"不同意[^,。]{0,12}延期|不予延期|不批准[^,。]{0,12}延期|驳回[^,。]{0,12}延期|拒绝[^,。]{0,12}延期|延期[^,。]{0,6}(?:不同意|不批准|驳回)|\b(?:refuse[sd]?|reject(?:s|ed)?|den(?:y|ies|ied)|decline[sd]?)\s+(?:the\s+)?(?:deadline\s+)?extension", RegexOptions.IgnoreCase)]
    private static partial Regex Refuse();

    [GeneratedRegex(@"原因(?:是|为)?\s*:?|理由(?:是|为)?\s*:?|因为|\bbecause\b|\breason\s*(?:is)?\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonMarker();

    [GeneratedRegex(@"(?:目前|当前|现在)?进展(?:情况)?\s*(?:是|为)?\s*:|(?:目前|当前)进展|\bprogress(?:\s+so\s+far)?\s*(?:is)?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ProgressMarker();

    [GeneratedRegex(@"20\d\d")]
    private static partial Regex WrittenYear();

    [GeneratedRegex(@"\d{1,2}\s*月\s*\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthAndDay();

    [GeneratedRegex(@"第\s*\S{1,4}?\s*[条项]|(?:item|no\.|#)\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex ItemRef();

    [GeneratedRegex(@"^(?:的?(?:延期申请|申请|请求)|的|(?:of|for)\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWords();
}
