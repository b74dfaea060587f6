namespace ChatBot.Dialogs.Understanding.Llm;

/// <summary>How a slot's value is written in a tool call, and so how it is checked.</summary>
public enum SlotKind
{
    Text = 0,
    /// <summary>A whole number within <see cref="SlotSpec.Min"/>..<see cref="SlotSpec.Max"/>.</summary>
    Integer = 1,
    /// <summary>A calendar date, yyyy-MM-dd.</summary>
    Date = 2,
    /// <summary>One of <see cref="SlotSpec.Choices"/>.</summary>
    Choice = 3,
    /// <summary>An array of <see cref="SlotSpec.Choices"/> (or any strings when none), joined with commas in the slot.</summary>
    List = 4,
}

/// <summary>One slot of an intent as the model sees it (JSON schema) and as the recogniser checks it.</summary>
public sealed record SlotSpec(string Name, SlotKind Kind, string Description, bool Required = false)
{
    public IReadOnlyList<string> Choices { get; init; } = [];
    public int Min { get; init; } = int.MinValue;
    public int Max { get; init; } = int.MaxValue;
    /// <summary>Longest text accepted: a slot is a name or a sentence, not a document.</summary>
    public int MaxLength { get; init; } = 500;
}
