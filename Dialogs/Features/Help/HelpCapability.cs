using ChatBot.Dialogs.Conversation.Capabilities;

namespace ChatBot.Dialogs.Features.Help;

/// <summary>帮助: what the bot can do for this member — the help lines every registered capability gives.</summary>
public sealed class HelpCapability : ICapability
{
    public static readonly Verb Help = new("help", VerbEffect.Reads);

    public CapabilityDescription Describe() => Capability.Named("help")
        .HandledBy<HelpFeature>()
        .Tool(Help, "The user asks for help or what the bot can do (帮助, help, 怎么用).")
        .Rule(RuleOrder.Command, 10, HelpRules.Match)
        // Last of the member lines: "this list".
        .Help(HelpTexts.HelpSay, HelpTexts.HelpWhat, place: 90)
        .Build();
}
