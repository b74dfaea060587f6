namespace ChatBot.Bot.Outbox;

/// <summary>No way to address the member from here; retrying will not change that.</summary>
/// <param name="removed">The app was removed from the chat (rather than never installed).</param>
public sealed class MemberUnreachableException(string message, bool removed = false) : Exception(message)
{
    public bool Removed { get; } = removed;
}
