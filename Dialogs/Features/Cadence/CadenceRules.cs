using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Cadence;

namespace ChatBot.Dialogs.Features.Cadence;

/// <summary>
/// 第3条 每周五前报进展 / 第3条：每月5日前报送 / 第3条 取消报送要求 / set item 3 to report every Friday /
/// item 3 no regular reports. The rest after the item must be a cadence and nothing else, so a progress
/// report that mentions one (第3条 进展：…) is left to the progress rules.
/// </summary>
internal static partial class CadenceRules
{
    public const string None = "none";

    public static Intent? Match(string text)
    {
        var m = Zh().Match(text);
        if (!m.Success) m = En().Match(text);
        if (!m.Success) return null;
        var rest = m.Groups["rest"].Value.Trim();
        if (Clear().IsMatch(rest)) return Intent.Of(CadenceCapability.Set.Name, ("item", m.Groups["n"].Value), ("cadence", None));
        if (rest.Length > 40 || ReportCadenceParser.Find(rest) is null) return null;
        return Intent.Of(CadenceCapability.Set.Name, ("item", m.Groups["n"].Value), ("cadence", rest));
    }

    [GeneratedRegex(@"^第\s*(?<n>\d{1,5})\s*条\s*[,，:：]?\s*(?:报送要求\s*[:：]?\s*|改为\s*|设为\s*)?(?<rest>(?!进展|反馈|申请|记录).+)$")]
    private static partial Regex Zh();

    [GeneratedRegex(@"^(?:set\s+)?item\s+(?<n>\d{1,5})\s*(?:to\s+|:\s*|,\s*)?(?<rest>(?:report|weekly|monthly|every|no\s+regular|stop\s+report|\d|one|two|three|four|five).+)$", RegexOptions.IgnoreCase)]
    private static partial Regex En();

    [GeneratedRegex(@"^(?:取消(?:定期)?报送(?:要求)?|不(?:用|再)定期报送|no\s+regular\s+reports?|stop\s+regular\s+reports?|no\s+reporting\s+cadence)[\s。.!！]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Clear();
}
