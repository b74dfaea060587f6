using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Conversation.Capabilities;

/// <summary>
/// Builds a <see cref="CapabilityDescription"/> in the order a reader asks about a capability:
/// <c>Capability.Named("reminders.pause").HandledBy&lt;PauseFeature&gt;().Tool(…).Rule(…).Help(…).Collection(…).Build()</c>.
/// </summary>
public sealed class CapabilityBuilder
{
    private readonly string _name;
    private Type? _handler;
    private readonly List<VerbSpec> _verbs = [];
    private readonly List<RuleMatcher> _rules = [];
    private readonly List<HelpLine> _help = [];

    internal CapabilityBuilder(string name) => _name = name;

    /// <summary>The feature the engine routes this capability's verbs to.</summary>
    public CapabilityBuilder HandledBy<T>() where T : ITurnFeature
    {
        _handler = typeof(T);
        return this;
    }

    /// <summary>A verb the model is offered as a tool (the rules may read it too).</summary>
    public CapabilityBuilder Tool(Verb verb, string description, params SlotSpec[] slots) => Tool(verb, null, description, slots);

    /// <summary>A verb offered as a tool; <paramref name="proposal"/> names it on the confirmation card ("申请销号").</summary>
    public CapabilityBuilder Tool(Verb verb, Func<Lang, string>? proposal, string description, params SlotSpec[] slots) =>
        Add(new VerbSpec(verb, VerbReach.Tool, new IntentTool(verb.Name, description, slots), proposal));

    /// <summary>A verb whose tool takes the user's whole message as its text (a pasted document): the model never copies it.</summary>
    public CapabilityBuilder DocumentTool(Verb verb, string description) =>
        Add(new VerbSpec(verb, VerbReach.Tool, new IntentTool(verb.Name, description) { TakesTheMessage = true }, null));

    /// <summary>A verb only a card's button sends.</summary>
    public CapabilityBuilder CardVerb(Verb verb) => Add(new VerbSpec(verb, VerbReach.CardOnly, null, null));

    /// <summary>A verb only the rules read from the person's own words; the model is never offered it.</summary>
    public CapabilityBuilder RulesOnlyVerb(Verb verb) => Add(new VerbSpec(verb, VerbReach.RulesOnly, null, null));

    public CapabilityBuilder Rule(RuleOrder order, int step, Func<RuleInput, Intent?> match)
    {
        _rules.Add(new RuleMatcher(order, step, match) { Capability = _name });
        return this;
    }

    /// <summary>A rule that reads the normalised text alone.</summary>
    public CapabilityBuilder Rule(RuleOrder order, int step, Func<string, Intent?> match) => Rule(order, step, input => match(input.Text));

    public CapabilityBuilder Help(Func<Lang, string> say, Func<Lang, string> what, int place, bool officeOnly = false)
    {
        _help.Add(new HelpLine(say, what, place, officeOnly));
        return this;
    }

    public CapabilityDescription Build() => new(_name, _handler, _verbs.ToList(), _rules.ToList(), _help.ToList());

    private CapabilityBuilder Add(VerbSpec spec)
    {
        _verbs.Add(spec);
        return this;
    }
}

/// <summary>The entry point of <see cref="CapabilityBuilder"/>.</summary>
public static class Capability
{
    public static CapabilityBuilder Named(string name) => new(name);
}
