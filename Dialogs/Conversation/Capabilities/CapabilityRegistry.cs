using ChatBot.Dialogs.Understanding.Llm;
using ChatBot.Dialogs.Understanding.Rules;

namespace ChatBot.Dialogs.Conversation.Capabilities;

/// <summary>
/// The capabilities a host registered (<c>services.AddCapability&lt;T&gt;()</c>), read by everything that
/// used to keep its own list: the engine's routes, the rules and their order, the LLM tools, the
/// confirmation gate, Help and the welcome, and the store's collections. The engine's own verbs
/// (<see cref="EngineCapability"/>) are always there. Lists are in a fixed order (capabilities by name,
/// the engine's tools last), whatever order they were registered in.
/// </summary>
public sealed class CapabilityRegistry
{
    /// <summary>
    /// Every capability in this assembly. Tests and the bench read the default rules and tools from here.
    /// (What a capability stores goes through the store seam's repositories, Dialogs/Storage, not through here.)
    /// </summary>
    public static CapabilityRegistry BuiltIn => LazyBuiltIn.Value;

    private static readonly Lazy<CapabilityRegistry> LazyBuiltIn = new(() => new CapabilityRegistry(ScanBuiltIn()));

    private readonly Dictionary<string, (VerbSpec Spec, CapabilityDescription Owner)> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IntentTool> _tools = new(StringComparer.Ordinal);

    public CapabilityRegistry(IEnumerable<ICapability> capabilities)
    {
        var described = capabilities.GroupBy(c => c.GetType()).Select(g => g.First())
            .Where(c => c is not EngineCapability)
            .Select(c => c.Describe())
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Append(new EngineCapability().Describe())
            .ToList();
        var names = described.GroupBy(d => d.Name).FirstOrDefault(g => g.Count() > 1);
        if (names is not null) throw new InvalidOperationException($"Two capabilities are named '{names.Key}'.");
        foreach (var capability in described)
            foreach (var spec in capability.Verbs)
            {
                if (_verbs.TryGetValue(spec.Verb.Name, out var first))
                    throw new InvalidOperationException($"Verb '{spec.Verb.Name}' is declared by both '{first.Owner.Name}' and '{capability.Name}'.");
                _verbs[spec.Verb.Name] = (spec, capability);
                if (spec.Tool is { } tool) _tools[tool.Name] = tool;
            }
        Capabilities = described;
        Tools = described.SelectMany(d => d.Verbs).Where(v => v.Tool is not null).Select(v => v.Tool!).ToList();
        var rules = described.SelectMany(d => d.Rules).OrderBy(r => r.Order).ThenBy(r => r.Step).ToList();
        if (rules.GroupBy(r => (r.Order, r.Step)).FirstOrDefault(g => g.Count() > 1) is { } shared)
            throw new InvalidOperationException($"Rules of {string.Join(" and ", shared.Select(r => r.Capability))} share the place {shared.Key.Order} {shared.Key.Step}; give each its own step.");
        Rules = new RuleSet(rules);
    }

    public IReadOnlyList<CapabilityDescription> Capabilities { get; }

    /// <summary>The tools offered to the model, one per verb that has one.</summary>
    public IReadOnlyList<IntentTool> Tools { get; }

    /// <summary>Every capability's rules in the order they run.</summary>
    public RuleSet Rules { get; }

    public IEnumerable<VerbSpec> Verbs => _verbs.Values.Select(v => v.Spec);

    public IntentTool? Tool(string name) => _tools.GetValueOrDefault(name);

    public VerbSpec? Verb(string name) => _verbs.TryGetValue(name, out var v) ? v.Spec : null;

    /// <summary>The feature that answers <paramref name="verb"/>; null when no capability (or only the engine) declares it.</summary>
    public Type? HandlerOf(string verb) => _verbs.TryGetValue(verb, out var v) ? v.Owner.Handler : null;

    /// <summary>True for every verb that can end in a state change once a person confirms it; a name no capability declares counts as one.</summary>
    public bool ChangesState(string verb) => Verb(verb)?.Verb.ChangesState ?? true;

    /// <summary>A change whose feature shows it back on its own card, so the engine need not ask first.</summary>
    public bool ShownBackByTheFeature(string verb) => Verb(verb)?.Verb.Effect == VerbEffect.ChangesAfterItsOwnCard;

    /// <summary>What a proposal of <paramref name="verb"/> would do, as the confirmation card says it; the wire name when its capability gives none.</summary>
    public string ProposalAction(Lang lang, string verb) => Verb(verb)?.Proposal?.Invoke(lang) ?? verb;

    /// <summary>The Help lines for a member (office lines only for the office), in their places, office lines last.</summary>
    public IEnumerable<HelpLine> HelpLines(bool office) => Capabilities.SelectMany(c => c.Help)
        .Where(h => office || !h.OfficeOnly)
        .OrderBy(h => h.OfficeOnly).ThenBy(h => h.Place);

    private static IEnumerable<ICapability> ScanBuiltIn() => typeof(CapabilityRegistry).Assembly.GetTypes()
        .Where(t => typeof(ICapability).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (ICapability)Activator.CreateInstance(t)!);
}
