using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Delivery;

/// <summary>
/// The typed commands: 重发未送达 / resend to unreached, 送达情况 / delivery report. Whole-message
/// patterns, so a sentence that merely mentions 送达 is not taken for a command. (传达情况 is relay status,
/// a different word.)
/// </summary>
public static partial class DeliveryRules
{
    public static Intent? Match(string text)
    {
        var t = text.Trim();
        if (ResendPattern().IsMatch(t)) return Intent.Of(DeliveryCapability.Resend);
        if (ReportPattern().IsMatch(t)) return Intent.Of(DeliveryCapability.Report);
        return null;
    }

    private const string Tail = @"[\s。.!！]*$";

    [GeneratedRegex(@"^(?:请)?(?:重发|重新发送|补发|再发一次)(?:给)?(?:未送达|没送达|未收到|没收到|没有收到|未达)(?:的)?(?:人员|人|通知)?" + Tail
        + @"|^(?:please )?(?:resend|re-send|send again)(?: the notices?| it)?(?: to)?(?: the| those)? ?(?:unreached|undelivered|not reached|who did not get it)(?: ones| people)?" + Tail,
        RegexOptions.IgnoreCase)]
    private static partial Regex ResendPattern();

    [GeneratedRegex(@"^(?:下发)?(?:送达情况|送达报告|送达统计|谁没收到|哪些人没收到)[\s。.!！?？]*$"
        + @"|^(?:dispatch )?(?:delivery (?:report|status)|who did not get (?:it|the notice))[\s.!?]*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex ReportPattern();
}
