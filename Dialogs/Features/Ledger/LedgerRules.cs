using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Ledger;

/// <summary>
/// 导出台账 / export ledger, with what follows it: 本次会议 / this meeting, 全部 / including closed,
/// a date range (11月1日至11月30日, from 2026-11-01 to 2026-11-30), 会议：… / meeting …, and otherwise
/// the words left over, a unit's or a meeting's name (the feature tells which). The command must open
/// the message, so a sentence that merely mentions a 台账 is not taken for it.
/// </summary>
public static partial class LedgerRules
{
    public static Intent? Match(string text, DateOnly today)
    {
        var m = Command().Match(text.Trim());
        if (!m.Success) return null;
        var rest = m.Groups["rest"].Value;
        var slots = new Dictionary<string, string>();

        if (AllWords().IsMatch(rest)) { slots["scope"] = "all"; rest = AllWords().Replace(rest, " "); }
        if (ThisMeeting().IsMatch(rest)) { slots["meeting"] = "this"; rest = ThisMeeting().Replace(rest, " "); }
        if (Portfolio().IsMatch(rest)) rest = Portfolio().Replace(rest, " ");

        if (Range().Match(rest) is { Success: true } range)
        {
            var from = ChatDates.FindIso(range.Groups["from"].Value, today);
            var to = ChatDates.FindIso(range.Groups["to"].Value, today);
            if (from is null || to is null) slots["dates"] = "bad";
            else { slots["from"] = from; slots["to"] = to; }
            rest = rest.Remove(range.Index, range.Length);
        }
        else if (Since().Match(rest) is { Success: true } since)
        {
            if (ChatDates.FindIso(since.Groups["d"].Value, today) is { } from) slots["from"] = from; else slots["dates"] = "bad";
            rest = rest.Remove(since.Index, since.Length);
        }

        if (Labelled().Match(rest) is { Success: true } labelled)
        {
            slots[labelled.Groups["label"].Value is "会议" or "meeting" ? "meeting" : "unit"] = Clean(labelled.Groups["value"].Value);
            rest = rest.Remove(labelled.Index, labelled.Length);
        }
        var words = Clean(rest);
        if (words.Length > 0 && !slots.ContainsKey("unit")) slots["unit"] = words;
        return new Intent(LedgerCapability.Export, slots);
    }

    private static string Clean(string s) => Filler().Replace(s, " ").Trim(' ', '，', ',', '。', '.', '：', ':', '、', '的');

    [GeneratedRegex(@"^(?:请|帮我|麻烦)?(?:导出|下载|生成|发我|给我)(?:一份|一下)?(?:督办)?台账(?<rest>.*)$|^(?:please )?(?:export|download|send me)(?: the| a)? ledger(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Command();

    [GeneratedRegex(@"全部|所有|含已销号|包括已销号|包含已销号|\ball\b|including closed|with closed", RegexOptions.IgnoreCase)]
    private static partial Regex AllWords();

    [GeneratedRegex(@"本次会议|这次会议|本会议|这个会|本次|this meeting|the current meeting", RegexOptions.IgnoreCase)]
    private static partial Regex ThisMeeting();

    [GeneratedRegex(@"我分管的?|分管单位|my portfolio|my units", RegexOptions.IgnoreCase)]
    private static partial Regex Portfolio();

    [GeneratedRegex(@"(?:从|自|from\s+)?(?<from>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}月\d{1,2}[日号]?|[a-z]{3,9}\.? \d{1,2})\s*(?:至|到|~|—|－|-|\bto\b|until)\s*(?<to>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}月\d{1,2}[日号]?|[a-z]{3,9}\.? \d{1,2})",
        RegexOptions.IgnoreCase)]
    private static partial Regex Range();

    [GeneratedRegex(@"(?:(?:从|自)(?<d>[^以之起]+?)(?:以来|之后|以后|起)|(?:since|after)\s+(?<d>\S+(?:\s\d{1,2})?))", RegexOptions.IgnoreCase)]
    private static partial Regex Since();

    [GeneratedRegex(@"^\s*(?<label>会议|单位|meeting|unit)\s*[:：]?\s*(?<value>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"\b(?:of|for|the)\b|的台账|台账", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();
}
