using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Features.OpenItems;

namespace ChatBot.Dialogs.Features.Help;

/// <summary>The one message the bot sends when it is added to a chat or team, in the installing person's language.</summary>
public static class WelcomeCard
{
    /// <summary>The welcome, listing the member commands of <paramref name="capabilities"/> (every built-in one when null).</summary>
    public static JsonObject Build(Lang lang, CapabilityRegistry? capabilities = null) => AdaptiveCard.New(
            AdaptiveCard.Text(HelpTexts.WelcomeTitle(lang), bold: true, size: "Medium"),
            AdaptiveCard.Text(HelpTexts.WelcomeIntro(lang)),
            AdaptiveCard.Facts((capabilities ?? CapabilityRegistry.BuiltIn).HelpLines(office: false).Select(c => (HelpTexts.Say(lang, c.Say(lang)), c.What(lang)))))
        .WithActions(
            AdaptiveCard.Submit(HelpTexts.OpenItemsAction(lang), OpenItemsCapability.OpenItems),
            AdaptiveCard.Submit(HelpTexts.HelpAction(lang), HelpCapability.Help));

    /// <summary>After a reinstall: one line, not the first-time welcome again.</summary>
    public static Reply Back(Lang lang) => new(HelpTexts.WelcomeBack(lang), null);
}
