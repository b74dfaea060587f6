using System.Collections.Concurrent;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;

namespace ChatBot.Bot.Tests.Features.Relay;

/// <summary>
/// Stands in for the understanding layer (rules or LLM, owned elsewhere): a test says which intent a
/// sentence means; anything not scripted goes to the real rules (确认, 取消, 帮助…).
/// </summary>
public sealed class ScriptedRecognizer(BureauClock clock) : IIntentRecognizer
{
    private readonly RuleIntentRecognizer _rules = new(clock);
    private readonly ConcurrentDictionary<string, Intent> _script = new();

    public void Means(string text, Intent intent) => _script[text] = intent;

    public Task<Intent> RecognizeAsync(string text, Lang lang, CancellationToken ct) =>
        _script.TryGetValue(text, out var intent) ? Task.FromResult(intent) : _rules.RecognizeAsync(text, lang, ct);
}
