using ChatBot.Dialogs.Understanding;
using System.Text.RegularExpressions;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>The meeting's title, date and speaker, when the text states them near its top.</summary>
internal static partial class MeetingHeader
{
    private const int Head = 400;

    public static MeetingInfo Read(string text)
    {
        var info = new MeetingInfo();
        var head = text.Length > Head ? text[..Head] : text;
        var firstLine = head.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";

        if (SpeechTitle().Match(firstLine) is { Success: true } speech)
        {
            info.Title = speech.Groups["t"].Value;
            if (speech.Groups["who"].Success) info.Speaker = speech.Groups["who"].Value;
        }
        else if (firstLine.Length <= 50 && DocumentTitle().IsMatch(firstLine))
            info.Title = firstLine.Trim('《', '》');
        else if (Convened().Match(head) is { Success: true } m)
            info.Title = m.Groups["t"].Value;

        // Only a date that dates the meeting: on a line of its own, labelled, or followed by 召开/主持.
        // Deadlines and stage dates in the body are not the meeting's date.
        if (FullDate().Matches(head).FirstOrDefault(IsMeetingDate) is { } d
            && int.TryParse(d.Groups["y"].Value, out var y)
            && ChineseNumerals.Parse(d.Groups["m"].Value) is { } mo and >= 1 and <= 12
            && ChineseNumerals.Parse(d.Groups["d"].Value) is { } day && day >= 1 && day <= DateTime.DaysInMonth(y, mo))
            info.Date = new DateOnly(y, mo, day);

        if (info.Speaker is null)
        {
            var chair = Chair().Match(head);
            if (!chair.Success) chair = ChairedBy().Match(head);
            if (chair.Success) info.Speaker = chair.Groups["who"].Value;
        }
        return info;
    }

    [GeneratedRegex(@"^(?:(?<who>[\u4e00-\u9fa5]{2,4}?)(?:同志)?)?在(?<t>.{2,40}?)上的(?:讲话|发言|总结讲话|主持词)")]
    private static partial Regex SpeechTitle();

    [GeneratedRegex(@"(?:纪要|方案|清单|通知|意见|计划|讲话|报告|通报|要求|分工表|任务表|台账)》?$")]
    private static partial Regex DocumentTitle();

    [GeneratedRegex(@"(?:召开|举行|主持召开)(?!了)(?:这次|本次|此次|今天的)?(?<t>[\u4e00-\u9fa5\d]{2,24}?(?:扩大会议|办公会议|推进会|座谈会|调度会|例会|专题会议|会议|大会))")]
    private static partial Regex Convened();

    [GeneratedRegex(@"(?<y>\d{4})年(?<m>\d{1,2}|[一二三四五六七八九十]{1,2})月(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})日")]
    private static partial Regex FullDate();

    private static bool IsMeetingDate(Match d)
    {
        var text = d.Result("$_");
        var lineStart = text.LastIndexOf('\n', Math.Max(0, d.Index - 1)) + 1;
        var lineEnd = text.IndexOf('\n', d.Index + d.Length);
        var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)].Trim().Trim('（', '）', '(', ')');
        if (line == d.Value) return true;
        var before = text[Math.Max(0, d.Index - 5)..d.Index];
        if (before.Contains("时间") || before.Contains("日期")) return true;
        var after = text.Substring(d.Index + d.Length, Math.Min(30, text.Length - d.Index - d.Length));
        return MeetingVerb().IsMatch(after);
    }

    [GeneratedRegex(@"^[^。；\n]{0,25}?(?:召开|主持|举行|在[^。；]{0,15}?(?:会议室|召开))")]
    private static partial Regex MeetingVerb();

    [GeneratedRegex(@"(?:局长|书记|主任|副局长|市长|区长|处长)(?<who>[\u4e00-\u9fa5]{2,3}?)(?:同志)?主持")]
    private static partial Regex ChairedBy();

    [GeneratedRegex(@"(?:主持人|主持)[：:]\s*(?<who>[\u4e00-\u9fa5]{2,4})")]
    private static partial Regex Chair();
}
