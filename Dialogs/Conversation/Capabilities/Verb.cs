namespace ChatBot.Dialogs.Conversation.Capabilities;

/// <summary>What carrying out a verb does, which decides whether a model's reading of it needs the person's confirmation.</summary>
public enum VerbEffect
{
    /// <summary>Only reads (我的待办, 传达情况): the model's reading is acted on at once.</summary>
    Reads = 0,
    /// <summary>Changes state: when only the model read it, the engine shows it back and waits for 确认.</summary>
    Changes = 1,
    /// <summary>Changes state, but the feature's own next step is a card the person confirms (the prefilled relay form, the intake review).</summary>
    ChangesAfterItsOwnCard = 2,
}

/// <summary>
/// One thing a capability does, by name. <see cref="Name"/> is the wire name: the intent name both
/// understanding paths produce, the verb in card data and the name in stored pending proposals, so it
/// never changes once shipped (old cards keep working); the C# symbol that holds it may be renamed freely.
/// Audit actions are not verbs: they are their own stable constants (Items/AuditActions).
/// </summary>
public sealed record Verb(string Name, VerbEffect Effect)
{
    public bool ChangesState => Effect != VerbEffect.Reads;

    /// <summary>A verb goes wherever its wire name goes: card data, intent names, comparisons.</summary>
    public static implicit operator string(Verb verb) => verb.Name;

    public override string ToString() => Name;
}
