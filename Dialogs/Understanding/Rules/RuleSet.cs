using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Conversation.Capabilities;

namespace ChatBot.Dialogs.Understanding.Rules;

/// <summary>
/// The capabilities' rules in the order they run (<see cref="RuleOrder"/>, then step): the first that
/// recognises the text wins. Between a pasted document and everything else stands the injection guard.
/// </summary>
public sealed class RuleSet(IReadOnlyList<RuleMatcher> rules)
{
    public IReadOnlyList<RuleMatcher> InOrder => rules;

    public Intent Recognize(string text, DateOnly today)
    {
        var t = RuleIntentRecognizer.Normalize(text);
        // Nothing to read (emoji, punctuation): "not understood" is the honest answer.
        if (!t.Any(char.IsLetterOrDigit)) return Unknown;
        var input = new RuleInput(t, text.Trim(), today);
        var guarded = false;
        foreach (var rule in rules)
        {
            if (!guarded && rule.Order > RuleOrder.Document)
            {
                guarded = true;
                // A message that tries to instruct the bot is not a command: no keyword is picked out of it.
                if (InjectionGuard.LooksLikeInjection(t)) return Unknown;
            }
            if (rule.Match(input) is { } intent) return intent;
        }
        return Unknown;
    }

    /// <summary>The text read as a pasted document (a meeting text), or null when it is not one.</summary>
    public Intent? Document(string text, DateOnly today)
    {
        var input = new RuleInput(RuleIntentRecognizer.Normalize(text), text.Trim(), today);
        foreach (var rule in rules.TakeWhile(r => r.Order == RuleOrder.Document))
            if (rule.Match(input) is { } intent) return intent;
        return null;
    }

    private static Intent Unknown => Intent.Of(EngineCapability.Unknown);
}
