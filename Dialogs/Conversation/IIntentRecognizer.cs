namespace ChatBot.Dialogs.Conversation;

/// <summary>Turns typed text into an intent: the rule path, or the LLM path with the rules behind it.</summary>
public interface IIntentRecognizer
{
    Task<Intent> RecognizeAsync(string text, Lang lang, CancellationToken ct);
}
