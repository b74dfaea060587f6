namespace ChatBot.Bot.Outbox;

/// <summary>An in-place update whose original message is still in the queue: it is tried again shortly.</summary>
public sealed class UpdateTargetNotSentException(string originalKey)
    : Exception($"waiting for {originalKey} to be sent before updating it")
{
    public string OriginalKey { get; } = originalKey;
}
