using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.DispatchSheet;

/// <summary>打印督办单 第3条 / 打印第3条催办单 / print the directive notice for item 3 / print reminder notice item 3.</summary>
public static partial class DispatchSheetRules
{
    public static Intent? Match(string text)
    {
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return null;
        var kind = m.Groups["chase"].Success ? "chase" : "dispatch";
        return m.Groups["n"].Success
            ? Intent.Of(DispatchSheetCapability.Print, ("item", m.Groups["n"].Value), ("kind", kind))
            : Intent.Of(DispatchSheetCapability.Print, ("kind", kind));
    }

    [GeneratedRegex(@"^(?:请)?(?:打印|生成|导出|出)(?:一份|一下)?(?:第\s*(?<n>\d{1,4})\s*条(?:的)?)?(?:(?<chase>催办单)|督办单)(?:\s*第\s*(?<n>\d{1,4})\s*条)?[\s。.!！]*$"
        + @"|^(?:please )?print(?: the| a)? (?:(?<chase>reminder)|directive) notice(?: for)? item (?<n>\d{1,4})[\s.!]*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
