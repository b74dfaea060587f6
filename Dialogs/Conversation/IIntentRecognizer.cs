namespace ChatBot.Dialogs.Conversation;

/// <summary>Turns typed text into an intent: the rule path, or the LLM path with the rules behind it.</summary>
public interface IIntentRecognizer
{
    Task<Intent> RecognizeAsync(string text, Lang lang, CancellationToken ct);

    /// <summary>
    /// As above, knowing who speaks and where: the LLM path keeps a short history per conversation and
    /// names only the units this member may see. A recogniser that needs neither ignores the context.
    /// </summary>
    Task<Intent> RecognizeAsync(string text, Lang lang, RecognitionContext context, CancellationToken ct) =>
        RecognizeAsync(text, lang, ct);
}

/// <summary>The conversation and the roster member of a turn being understood.</summary>
public sealed record RecognitionContext(string ConversationId, string MemberId);
