using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Help;

/// <summary>帮助 / help: what the bot can do for this member, in their language.</summary>
public sealed class HelpFeature : ITurnFeature
{
    public IReadOnlyCollection<string> Handles { get; } = [Intents.Help];

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var lang = turn.Lang;
        var commands = HelpTexts.Commands(lang, turn.Member.IsOffice).ToList();
        var card = AdaptiveCard.New(
                AdaptiveCard.Text(HelpTexts.Title(lang), bold: true, size: "Medium"),
                AdaptiveCard.Facts(commands.Select(c => (HelpTexts.Say(lang, c.Say), c.What))),
                AdaptiveCard.Text(HelpTexts.Footer(lang), subtle: true))
            .WithActions(AdaptiveCard.Submit(HelpTexts.OpenItemsAction(lang), Intents.OpenItems));
        return Task.FromResult(new TurnResult().Show(card));
    }
}
