namespace ChatBot.Dialogs.Conversation.Capabilities;

/// <summary>
/// Everything the engine, the rules, the LLM tools, the confirmation gate, and Help need to
/// know about one capability. <see cref="Handler"/> is the <see cref="ITurnFeature"/> the engine routes
/// its verbs to; null only for the engine's own verbs (确认, 取消, the proposal card).
/// </summary>
public sealed record CapabilityDescription(
    string Name,
    Type? Handler,
    IReadOnlyList<VerbSpec> Verbs,
    IReadOnlyList<RuleMatcher> Rules,
    IReadOnlyList<HelpLine> Help);
