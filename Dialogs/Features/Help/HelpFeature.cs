using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Features.OpenItems;

namespace ChatBot.Dialogs.Features.Help;

/// <summary>帮助 / help: what the bot can do for this member, in their language, from every registered capability's help lines.</summary>
public sealed class HelpFeature(CapabilityRegistry? capabilities = null) : ITurnFeature
{
    private readonly CapabilityRegistry _capabilities = capabilities ?? CapabilityRegistry.BuiltIn;

    /// <summary>
    /// The card depends only on the language and on whether the member is the office (the registry's help
    /// lines are fixed texts), so it is built once per pair; each turn gets its own copy to carry.
    /// </summary>
    private readonly ConcurrentDictionary<(Lang Lang, bool Office), JsonObject> _cards = new();

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var card = _cards.GetOrAdd((turn.Lang, turn.Member.IsOffice), key => Build(key.Lang, key.Office));
        return Task.FromResult(new TurnResult().Show(card.DeepClone().AsObject()));
    }

    private JsonObject Build(Lang lang, bool office) =>
        AdaptiveCard.New(
                AdaptiveCard.Text(HelpTexts.Title(lang), bold: true, size: "Medium"),
                AdaptiveCard.Facts(_capabilities.HelpLines(office).Select(c => (HelpTexts.Say(lang, c.Say(lang)), c.What(lang)))),
                AdaptiveCard.Text(HelpTexts.Footer(lang), subtle: true))
            .WithActions(AdaptiveCard.Submit(HelpTexts.OpenItemsAction(lang), OpenItemsCapability.OpenItems));
}
