using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding;
using ChatBot.Dialogs.Understanding.Rules;

namespace ChatBot.Dialogs.Features.Bulletin;

/// <summary>
/// 本月通报 / 上月通报 / 11月通报 / 本月考评 / monthly bulletin, and the draft's edits: 删除第2行 / remove line 2,
/// 增加一行：… / add line: …, 导语改为：… / intro: …, 发布通报 / post bulletin. Whole messages only, so a
/// sentence that mentions 通报 in passing is not taken for one; 行 (line) keeps the edits apart from the review's 第N条.
/// </summary>
public static partial class BulletinRules
{
    public static Intent? Match(RuleInput input)
    {
        var text = input.Text;
        var said = input.Original.Trim() is { } o && o.Length == text.Length ? o : text;
        if (Draft().Match(text) is { Success: true } d) return Intent.Of(BulletinCapability.Draft, ("month", MonthSlot(d)));
        if (Remove().Match(text) is { Success: true } r) return Intent.Of(BulletinCapability.Edit, ("op", "remove"), ("line", r.Groups["n"].Value));
        if (Add().Match(text) is { Success: true } a) return TextSlots.ItemIntent(BulletinCapability.Edit, null, ("op", "add"), ("text", Tail(said, a)));
        if (IntroEdit().Match(text) is { Success: true } i) return TextSlots.ItemIntent(BulletinCapability.Edit, null, ("op", "intro"), ("text", Tail(said, i)));
        if (PostPattern().IsMatch(text)) return Intent.Of(BulletinCapability.Post);
        return null;
    }

    /// <summary>The text as written, its own closing punctuation kept: only what separates it from the command is trimmed.</summary>
    private static string Tail(string said, Match m) => said[m.Groups["t"].Index..].TrimStart(' ', '\t', ':', '：', ',', '，').Trim();

    /// <summary>"this", "last", "yyyy-MM" or a month number alone ("11": this year's, or last year's when it is still to come).</summary>
    private static string MonthSlot(Match m)
    {
        if (m.Groups["iso"].Success) return m.Groups["iso"].Value;
        if (m.Groups["last"].Success) return "last";
        if (m.Groups["mm"].Success)
        {
            var month = ChineseNumerals.Parse(m.Groups["mm"].Value) ?? 0;
            return m.Groups["y"].Success ? $"{m.Groups["y"].Value}-{month:D2}" : month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return "this";
    }

    private const string End = @"[\s。.!！?？]*$";

    [GeneratedRegex(@"^(?:请)?(?:帮我)?(?:生成|起草|拟|出|查看|看看|看一下)?(?:一下)?(?:(?:本月|这个月|当月)|(?<last>上月|上个月)|(?:(?<y>20\d\d)年)?(?<mm>\d{1,2}|十[一二]|[一二三四五六七八九十])月份?)?的?(?:督办)?(?:工作)?(?:月度)?(?:通报|考评|考核)(?:草稿)?" + End
        + @"|^(?:督办)?(?:月度|每月)(?:通报|考评)" + End
        + @"|^(?:draft\s+|show\s+)?(?:the\s+|my\s+)?(?:(?:this\s+month'?s?|monthly)\s+(?:bulletin|scores)|(?<last>last\s+month'?s?)\s+(?:bulletin|scores)|(?:bulletin|scores)\s+for\s+(?<iso>20\d\d-(?:0[1-9]|1[0-2])))[\s.!?]*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Draft();

    [GeneratedRegex(@"^(?:通报)?(?:删除|删去|去掉|删掉)(?:通报)?(?:草稿)?(?:的)?第\s*(?<n>\d{1,4})\s*行" + End + @"|^(?:remove|delete)\s+line\s+(?<n>\d{1,4})[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Remove();

    [GeneratedRegex(@"^(?:通报)?(?:增加|添加|新增|加)一行\s*:?\s*(?<t>.*)$|^add\s+(?:a\s+)?line\s*:?\s*(?<t>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Add();

    [GeneratedRegex(@"^(?:把)?(?:通报)?(?:的)?(?:导语|开头|引言)(?:改为|改成|修改为|换成|:)\s*:?\s*(?<t>.*)$|^(?:change\s+|set\s+)?(?:the\s+)?intro(?:duction)?\s*(?:to\b|:)\s*(?<t>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex IntroEdit();

    [GeneratedRegex(@"^(?:确认)?发布(?:本月|这份|该)?(?:通报)(?:草稿)?" + End + @"|^post\s+(?:the\s+)?(?:monthly\s+)?bulletin[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PostPattern();
}
