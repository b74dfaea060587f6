using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>
/// The relay meeting (传达会议): a unit says it held one ("我们处昨天下午开了干部职工大会传达了，42人参加",
/// "Held the staff meeting yesterday, 42 attended"), corrects what it said ("更正：参会人数是45"),
/// signs for its directives (签收), or anyone asks who has relayed (传达情况).
/// </summary>
internal static partial class RelayRules
{
    public static Intent? Status(string text) =>
        StatusPattern().IsMatch(text) ? With(RelayCapability.Status, ("unit", TextSlots.Unit(text))) : null;

    public static Intent? Correct(string text, DateOnly today)
    {
        if (!CorrectPattern().IsMatch(text)) return null;
        var slots = MeetingFacts(text, today);
        return slots.Count == 0 ? null : new Intent(RelayCapability.Correct, slots);
    }

    public static Intent? Confirm(string text, DateOnly today)
    {
        var forms = TextSlots.Forms(text);
        var relayed = RelayedPattern().IsMatch(text);
        var held = forms is not null && HeldPattern().IsMatch(text);
        if (!relayed && !held) return null;
        var slots = MeetingFacts(text, today);
        if (TextSlots.Unit(text) is { } unit) slots["unit"] = unit;
        return new Intent(RelayCapability.Confirm, slots);
    }

    public static Intent? SignFor(string text) => SignForPattern().IsMatch(text) ? Intent.Of(RelayCapability.SignFor) : null;

    private static Dictionary<string, string> MeetingFacts(string text, DateOnly today)
    {
        var slots = new Dictionary<string, string>();
        if (ChatDates.FindIso(text, today) is { } date) slots["date"] = date;
        if (TextSlots.Forms(text) is { } forms) slots["forms"] = forms;
        if (TextSlots.Attendees(text) is { } n and > 0) slots["attendees"] = TextSlots.Digits(n);
        return slots;
    }

    private static Intent With(string name, params (string Key, string? Value)[] slots) =>
        new(name, slots.Where(s => !string.IsNullOrWhiteSpace(s.Value)).ToDictionary(s => s.Key, s => s.Value!));

    [GeneratedRegex(@"传达情况|传达进度|传达状态|传达汇总|传达统计|传达了吗|传达没有|传达了没|是否(?:已经?)?传达|(?:哪些|哪几个|还有哪些|有几个|多少)(?:单位|部门|科室)?.{0,6}(?:传达|召开)|relay\s+status|relay\s+progress|who\s+(?:has|have|hasn't|has\s+not|haven't|still\s+hasn't)\s+(?:yet\s+)?relayed|which\s+units\s+(?:have|haven't|have\s+not)\s+relayed|relayed\s+yet\s*\?|did\s+.+\s+relay", RegexOptions.IgnoreCase)]
    private static partial Regex StatusPattern();

    [GeneratedRegex(@"^(?:更正|纠正|修改|改正|更改|订正|修正)|说错了|写错了|应该是|^correction\b|^correct(?:ion)?\s*[:：]|^(?:sorry,?\s+)?(?:actually|i meant)\b|参会人数(?:应|应该)?(?:改为|是)", RegexOptions.IgnoreCase)]
    private static partial Regex CorrectPattern();

    [GeneratedRegex(@"传达了|已经?传达|已于.{0,12}传达|进行了?传达|传达过|作了传达|做了传达|组织传达|传达学习了|\brelayed\b|\bhave relayed\b|relay(?:\s+meeting)?\s+(?:was\s+)?(?:held|done|completed)", RegexOptions.IgnoreCase)]
    private static partial Regex RelayedPattern();

    [GeneratedRegex(@"召开|开了|开过|举行|组织|\bheld\b|\bhad\b|\bconvened\b|\bran\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeldPattern();

    [GeneratedRegex(@"签收|已收到|收到了?[。!！]?$|\bsign\s+for\b|\bsign\s+off\s+receipt|acknowledge(?:d)?(?:\s+receipt)?|\breceived\b|\bgot it\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignForPattern();
}
