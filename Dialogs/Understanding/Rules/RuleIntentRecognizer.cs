using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Conversation.Capabilities;

namespace ChatBot.Dialogs.Understanding.Rules;

/// <summary>
/// The deterministic path: the keyword and pattern rules in Chinese and English that the registered
/// capabilities bring, in their order (<see cref="RuleOrder"/>). Works with no LLM at all, and is what
/// the LLM path falls back to. Dates (昨天, 上周五) are resolved against the bureau's today, hence the clock.
/// </summary>
public sealed class RuleIntentRecognizer(BureauClock clock, CapabilityRegistry? capabilities = null) : IIntentRecognizer
{
    /// <summary>The registered capabilities' rules (every built-in one when none were given).</summary>
    public RuleSet Rules { get; } = (capabilities ?? CapabilityRegistry.BuiltIn).Rules;

    public Task<Intent> RecognizeAsync(string text, Lang lang, CancellationToken ct) =>
        Task.FromResult(Rules.Recognize(text, clock.Today));

    /// <summary>The text read by the rules of every built-in capability (tests, bench, and a feature's own fixed grammar).</summary>
    public static Intent Recognize(string text, DateOnly today) => CapabilityRegistry.BuiltIn.Rules.Recognize(text, today);

    /// <summary>Full-width to half-width (NFKC) and trimmed; case is kept because names and reasons are slot values.</summary>
    public static string Normalize(string text) => text.Normalize(System.Text.NormalizationForm.FormKC).Trim();
}
