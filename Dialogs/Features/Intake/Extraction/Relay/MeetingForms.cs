using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Features.Intake.Extraction.Relay;

/// <summary>
/// The forms a relay is to take, as written: named meeting and study forms (班子会议, 干部职工大会, 党组（党委）会,
/// 中心组学习, 主题党日…), whatever meeting is convened ("召开所务会"), and the items of a list of forms
/// ("通过召开座谈会、组织团日活动等形式").
/// </summary>
internal static partial class MeetingForms
{
    public static List<string> Read(string clause)
    {
        var found = new List<(int Index, string Form)>();
        foreach (Match m in Known().Matches(clause)) found.Add((m.Index, m.Value));
        foreach (Match m in Convened().Matches(clause)) found.Add((m.Groups["f"].Index, m.Groups["f"].Value));
        foreach (Match m in Carrier().Matches(clause)) found.Add((m.Groups["f"].Index, m.Groups["f"].Value));
        foreach (Match m in FormList().Matches(clause))
        {
            var at = m.Groups["list"].Index;
            foreach (var item in m.Groups["list"].Value.Split('、'))
            {
                var form = Verb().Replace(item, "").Trim();
                if (form.Length is >= 2 and <= 10 && !form.Contains('的')) found.Add((at + item.IndexOf(form, StringComparison.Ordinal), form));
                at += item.Length + 1;
            }
        }
        // A form read twice ("召开专题会议" and "专题会议") or inside a longer one ("专题学习讨论") is listed once.
        var forms = found.OrderBy(f => f.Index).Select(f => f.Form).Distinct().ToList();
        return forms.Where(f => !forms.Any(o => o != f && o.Contains(f, StringComparison.Ordinal))).ToList();
    }

    [GeneratedRegex(@"(?:领导)?班子(?:会议|会)|(?:全体)?干部职工(?:大会|会议)|职工大会|干部大会|党员大会|党组[（(]党委[）)](?:会议|会)|党组(?:会议|会)|党委(?:会议|会)|(?:党)?支部(?:委员会|会议|大会)|专题学习讨论|专题学习会?|专题(?:会议|会)|专题辅导|集中学习(?:讨论|研讨)?|学习研讨会|(?:理论学习)?中心组(?:学习)?(?:会议|会)?|办公会议?|全体(?:人员)?会议|[科队所局处股]务会|座谈会|报告会|宣讲会|(?:微|专题|集中)宣讲|主题党日(?:活动)?|党课|主题班会|团日活动|部门会议")]
    private static partial Regex Known();

    [GeneratedRegex(@"召开(?<f>[\u4e00-\u9fa5（）()]{1,10}?(?:会议|大会|会))")]
    private static partial Regex Convened();

    [GeneratedRegex(@"以(?:开展)?(?<f>[\u4e00-\u9fa5]{2,10})为载体")]
    private static partial Regex Carrier();

    [GeneratedRegex(@"(?:采取|通过|利用)(?<list>[^，,。；;]{2,40}?)等(?:多种|各种|不同)?(?:学习)?(?:形式|载体|方式)")]
    private static partial Regex FormList();

    [GeneratedRegex(@"^(?:召开|组织|开展|举办|举行)")]
    private static partial Regex Verb();
}
