namespace ChatBot.Dialogs.Conversation.Capabilities;

/// <summary>
/// What a feature folder says about itself: its verbs, how each is understood (LLM tool, rules), its help
/// lines, its collections and its handler. One class per capability, with a public parameterless
/// constructor; registered with <c>services.AddCapability&lt;T&gt;()</c>.
/// </summary>
public interface ICapability
{
    CapabilityDescription Describe();
}
