namespace ChatBot.Dialogs.Conversation;

/// <summary>What the user wants, with the slots understood so far. Names are the feature verbs.</summary>
public sealed record Intent(string Name, IReadOnlyDictionary<string, string> Slots)
{
    /// <summary>Set when the LLM could not be used and the rules understood the turn instead.</summary>
    public bool UnderstoodByRulesAfterLlmFailure { get; init; }

    /// <summary>Read out of the message by the LLM (not by the rules or a card): a change needs the person's confirmation.</summary>
    public bool ProposedByLlm { get; init; }

    public static Intent Of(string name) => new(name, new Dictionary<string, string>());
    public static Intent Of(string name, params (string Key, string Value)[] slots) =>
        new(name, slots.ToDictionary(s => s.Key, s => s.Value));
    /// <summary>Whether this is <paramref name="verb"/> (by its wire name).</summary>
    public bool Is(Capabilities.Verb verb) => Name == verb.Name;

    public string? Slot(string key) => Slots.TryGetValue(key, out var v) ? v : null;
}
