using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Help;

/// <summary>帮助 / help / 你能做什么 as the whole message.</summary>
internal static partial class HelpRules
{
    public static Intent? Match(string text) => HelpPattern().IsMatch(text) ? Intent.Of(HelpCapability.Help) : null;

    [GeneratedRegex(@"^(帮助|help|\?|？|菜单|menu|怎么用|使用说明|你能做什么|你会什么|能做什么|what can you do|commands?)[\s。.!！?？]*$", RegexOptions.IgnoreCase)]
    private static partial Regex HelpPattern();
}
