using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Help;

/// <summary>The one message the bot sends when it is added to a chat or team, in the installing person's language.</summary>
public static class WelcomeCard
{
    public static JsonObject Build(Lang lang) => AdaptiveCard.New(
            AdaptiveCard.Text(HelpTexts.WelcomeTitle(lang), bold: true, size: "Medium"),
            AdaptiveCard.Text(HelpTexts.WelcomeIntro(lang)),
            AdaptiveCard.Facts(HelpTexts.Commands(lang, office: false).Select(c => (HelpTexts.Say(lang, c.Say), c.What))))
        .WithActions(
            AdaptiveCard.Submit(HelpTexts.OpenItemsAction(lang), Intents.OpenItems),
            AdaptiveCard.Submit(HelpTexts.HelpAction(lang), Intents.Help));

    /// <summary>After a reinstall: one line, not the first-time welcome again.</summary>
    public static Reply Back(Lang lang) => new(HelpTexts.WelcomeBack(lang), null);
}
