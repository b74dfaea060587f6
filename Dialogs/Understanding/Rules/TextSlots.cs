using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Understanding.Rules;

/// <summary>
/// Slot readers shared by the rules: item numbers (第3条, 第三项, item 3), attendee counts (42人参加,
/// 四十二人, 42 attended), percentages (30%, 百分之三十), relay meeting forms and unit names as said.
/// </summary>
public static partial class TextSlots
{
    /// <summary>An intent naming an item (第3条 → item "3") with the other slots that have a value; blank ones are left out.</summary>
    public static Intent ItemIntent(string name, int? item, params (string Key, string? Value)[] extra)
    {
        var slots = new Dictionary<string, string>();
        if (item is { } n) slots["item"] = Digits(n);
        foreach (var (key, value) in extra)
            if (!string.IsNullOrWhiteSpace(value)) slots[key] = value;
        return new Intent(name, slots);
    }

    public const string Cn = ChineseNumerals.Pattern;

    public static int? Item(string text) => Number(ItemPattern().Match(text));

    /// <summary>The text with its item reference (第3条, item 3) cut out, trimmed of separators.</summary>
    public static string WithoutItem(string text) => TrimSeparators(ItemPattern().Replace(text, " ", 1));

    public static int? Attendees(string text) => Number(AttendeesPattern().Match(text));

    public static int? Percent(string text) => Number(PercentPattern().Match(text));

    public static bool IsOnlyPercent(string text) => OnlyPercentPattern().IsMatch(text);

    /// <summary>Relay meeting forms in the catalogue's words, in the order said, comma-joined; null when none.</summary>
    public static string? Forms(string text)
    {
        var forms = new List<(int At, string Form)>();
        void Add(Regex pattern, string form)
        {
            var m = pattern.Match(text);
            if (m.Success) forms.Add((m.Index, form));
        }
        Add(LeadershipForm(), "班子会议");
        Add(StaffForm(), "干部职工大会");
        Add(TopicForm(), "专题会");
        return forms.Count == 0 ? null : string.Join(",", forms.OrderBy(f => f.At).Select(f => f.Form));
    }

    /// <summary>
    /// The first unit named in the text, as said (市政工程处, 局办公室, 城管执法一大队). Words before it
    /// that cannot be part of a name (请问, 我们, 把…设为) are cut off; "我们处" is not a name.
    /// </summary>
    public static string? Unit(string text)
    {
        foreach (Match m in UnitPattern().Matches(text))
        {
            var name = m.Value;
            var cut = name.LastIndexOfAny(NotInNames);
            if (cut >= 0) name = name[(cut + 1)..];
            if (name.Length >= 3) return name;
        }
        return null;
    }

    /// <summary>Unit role in the catalogue's words (head|deputy|liaison|staff) from 负责人, 联络员, deputy…</summary>
    public static string? Role(string text)
    {
        if (DeputyRole().IsMatch(text)) return "deputy";
        if (LiaisonRole().IsMatch(text)) return "liaison";
        if (HeadRole().IsMatch(text)) return "head";
        if (StaffRole().IsMatch(text)) return "staff";
        return null;
    }

    /// <summary>An intent about one item: its number (when said) and the other slots that have a value.</summary>
    public static Intent WithItem(string name, int? item, params (string Key, string? Value)[] extra)
    {
        var slots = new Dictionary<string, string>();
        if (item is { } n) slots["item"] = Digits(n);
        foreach (var (key, value) in extra)
            if (!string.IsNullOrWhiteSpace(value)) slots[key] = value;
        return new Intent(name, slots);
    }

    public static string TrimSeparators(string text) => text.Trim(' ', '\t', ',', '，', '.', '。', ':', '：', ';', '；', '、', '-', '—', '!', '！');

    public static string Digits(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static int? Number(Match m) => m.Success ? ChineseNumerals.Parse(m.Groups["n"].Value) : null;

    // Characters that never occur inside a unit's name but often right before one in a sentence.
    private static readonly char[] NotInNames = "的有什么没未哪是了我你他她把给在和与还要已吗呢请问看查设为将由让及跟对向从于".ToCharArray();

    [GeneratedRegex(@"第\s*(?<n>\d+|" + Cn + @")\s*[条项个]|(?:item|no\.|number|#)\s*(?<n>\d+)|事项\s*(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"(?<n>\d+|" + Cn + @")\s*(?:人|名|位)(?:同志)?(?:参加|参会|出席|到会)?|(?:参会|参加|出席|到会)(?:人数|人员)?\s*(?:应该是|应为|改为|改成|是|为|有|共|:)?\s*(?<n>\d+|" + Cn + @")(?:\s*[人名位])?|(?<n>\d+)\s*(?:people|persons|attendees|staff|members|participants)|(?<n>\d+)\s*(?:attended|were present|showed up)|(?:attendance|attendees)\s*(?:of|was|were|is|:|=)?\s*(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex AttendeesPattern();

    [GeneratedRegex(@"(?<n>\d{1,3})\s*(?:%|％|percent)|百分之\s*(?<n>\d{1,3}|" + Cn + ")", RegexOptions.IgnoreCase)]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"^(?:完成了?|已完成|完成度|进度)?\s*(?:\d{1,3}\s*(?:%|percent)|百分之\s*\S+?)\s*(?:complete|completed|done)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyPercentPattern();

    [GeneratedRegex(@"班子会|党组会|党委会|领导班子|局务会|leadership (?:team )?meeting|team meeting|management meeting|party committee", RegexOptions.IgnoreCase)]
    private static partial Regex LeadershipForm();

    [GeneratedRegex(@"干部职工大会|职工大会|全体(?:干部|人员|职工)?大?会|全员大?会|staff meeting|all[- ]hands|all-staff", RegexOptions.IgnoreCase)]
    private static partial Regex StaffForm();

    [GeneratedRegex(@"专题会|专题学习会|专题部署会|special meeting|dedicated meeting|themed meeting", RegexOptions.IgnoreCase)]
    private static partial Regex TopicForm();

    [GeneratedRegex(@"[\u4e00-\u9fa5]{1,12}?(?:办公室|大队|中队|中心|科|处|办|站|所)")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"副职|副处长|副科长|副主任|副局长|副大队长|deputy", RegexOptions.IgnoreCase)]
    private static partial Regex DeputyRole();

    [GeneratedRegex(@"联络员|liaison|contact person", RegexOptions.IgnoreCase)]
    private static partial Regex LiaisonRole();

    [GeneratedRegex(@"负责人|一把手|处长|科长|主任|大队长|中队长|领导|\bheads?\b|\bin charge\b|\bchief\b|\bleader\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeadRole();

    [GeneratedRegex(@"干部职工|职工|普通成员|工作人员|\bstaff\b|\bmember\b", RegexOptions.IgnoreCase)]
    private static partial Regex StaffRole();
}
