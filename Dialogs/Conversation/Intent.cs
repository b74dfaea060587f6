namespace ChatBot.Dialogs.Conversation;

/// <summary>What the user wants, with the slots understood so far. Names are the feature verbs.</summary>
public sealed record Intent(string Name, IReadOnlyDictionary<string, string> Slots)
{
    public static Intent Of(string name) => new(name, new Dictionary<string, string>());
    public string? Slot(string key) => Slots.TryGetValue(key, out var v) ? v : null;
}

public static class Intents
{
    public const string Help = "help";
    public const string OpenItems = "openItems";
    public const string Unknown = "unknown";
}
