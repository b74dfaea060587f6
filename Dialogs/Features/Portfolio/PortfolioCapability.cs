using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Conversation.Capabilities;

namespace ChatBot.Dialogs.Features.Portfolio;

/// <summary>我分管的 / my portfolio: a leader's units at a glance, each with its items on a button.</summary>
public sealed partial class PortfolioCapability : ICapability
{
    public static readonly Verb Show = new("portfolio", VerbEffect.Reads);
    /// <summary>The 查看事项 button under a unit (unitId).</summary>
    public static readonly Verb Unit = new("portfolioUnit", VerbEffect.Reads);

    public CapabilityDescription Describe() => Capability.Named("portfolio")
        .HandledBy<PortfolioFeature>()
        .Tool(Show, "A leader asks about the units they are in charge of (我分管的, 我分管的单位情况, my portfolio).")
        .CardVerb(Unit)
        // A question, after the roster's and 传达情况 (which needs 传达 in the message).
        .Rule(RuleOrder.Question, 40, text => Pattern().IsMatch(text) ? Intent.Of(Show) : null)
        .Help(PortfolioTexts.HelpSay, PortfolioTexts.HelpWhat, place: 65)
        .Build();

    [GeneratedRegex(@"^(?:查看|看看)?(?:我(?:的)?分管(?:的)?(?:单位|部门)?|分管单位)(?:的)?(?:情况|怎么样|汇总|概况)?[\s。.!！?？]*$"
        + @"|^(?:show\s+)?my\s+portfolio[\s.!?]*$|^(?:how\s+are\s+)?(?:the\s+)?units\s+i(?:'m|\s+am)\s+in\s+charge\s+of[\s.!?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
