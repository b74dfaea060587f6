using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Features.OpenItems;

namespace ChatBot.Dialogs.Features.Help;

/// <summary>帮助 / help: what the bot can do for this member, in their language, from every registered capability's help lines.</summary>
public sealed class HelpFeature(CapabilityRegistry? capabilities = null) : ITurnFeature
{
    private readonly CapabilityRegistry _capabilities = capabilities ?? CapabilityRegistry.BuiltIn;

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var lang = turn.Lang;
        var card = AdaptiveCard.New(
                AdaptiveCard.Text(HelpTexts.Title(lang), bold: true, size: "Medium"),
                AdaptiveCard.Facts(_capabilities.HelpLines(turn.Member.IsOffice).Select(c => (HelpTexts.Say(lang, c.Say(lang)), c.What(lang)))),
                AdaptiveCard.Text(HelpTexts.Footer(lang), subtle: true))
            .WithActions(AdaptiveCard.Submit(HelpTexts.OpenItemsAction(lang), OpenItemsCapability.OpenItems));
        return Task.FromResult(new TurnResult().Show(card));
    }
}
