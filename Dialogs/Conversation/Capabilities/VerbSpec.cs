using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Conversation.Capabilities;

/// <summary>How a verb reaches the bot.</summary>
public enum VerbReach
{
    /// <summary>Offered to the model as a tool (its rules, if any, read it too).</summary>
    Tool = 0,
    /// <summary>Only a card's button sends it (relaySubmit, intakePage).</summary>
    CardOnly = 1,
    /// <summary>Only the rules read it from the person's own words; never offered to the model (确认).</summary>
    RulesOnly = 2,
}

/// <summary>
/// A verb as its capability declares it: the LLM tool that offers it (null unless <see cref="Reach"/>
/// is <see cref="VerbReach.Tool"/>) and, for a change, how the confirmation card names it ("申请销号").
/// </summary>
public sealed record VerbSpec(Verb Verb, VerbReach Reach, IntentTool? Tool, Func<Lang, string>? Proposal);
