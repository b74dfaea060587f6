using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Understanding.Rules;

/// <summary>
/// The deterministic path: keyword and pattern rules in Chinese and English for every intent in
/// <see cref="Intents"/>. Works with no LLM at all, and is what the LLM path falls back to. Dates
/// (昨天, 上周五) are resolved against the bureau's today, hence the clock.
/// </summary>
public sealed class RuleIntentRecognizer(BureauClock clock) : IIntentRecognizer
{
    public Task<Intent> RecognizeAsync(string text, Lang lang, CancellationToken ct) =>
        Task.FromResult(Recognize(text, clock.Today));

    /// <summary>
    /// The rules in order: the more specific a rule, the earlier it runs (an intake edit names an item
    /// and a field, so it goes before progress; relay status is a question, so it goes before confirm).
    /// </summary>
    public static Intent Recognize(string text, DateOnly today)
    {
        var t = Normalize(text);
        // Nothing to read (emoji, punctuation): "not understood" is the honest answer.
        if (!t.Any(char.IsLetterOrDigit)) return Unknown;
        return IntakeRules.Start(t, text.Trim())
            ?? (InjectionGuard.LooksLikeInjection(t) ? Unknown : null)
            ?? ConversationRules.Match(t)
            ?? Features.Delivery.DeliveryRules.Match(t)
            // Ledger (Features/Ledger): a command that opens the message.
            ?? Features.Ledger.LedgerRules.Match(t, today)
            // Numbered sheets (Features/DispatchSheet): before item rules, which would read 第3条 as an item.
            ?? Features.DispatchSheet.DispatchSheetRules.Match(t)
            ?? IntakeRules.Edit(t, today)
            ?? RosterRules.Match(t)
            ?? RelayRules.Status(t)
            ?? ItemRules.Match(t)
            ?? RelayRules.Correct(t, today)
            ?? RelayRules.Confirm(t, today)
            ?? RelayRules.SignFor(t)
            ?? OpenItemsRules.Match(t)
            ?? Unknown;
    }

    /// <summary>Full-width to half-width (NFKC) and trimmed; case is kept because names and reasons are slot values.</summary>
    public static string Normalize(string text) => text.Normalize(System.Text.NormalizationForm.FormKC).Trim();

    private static Intent Unknown => Intent.Of(Intents.Unknown);
}
