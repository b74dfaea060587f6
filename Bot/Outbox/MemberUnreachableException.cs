namespace ChatBot.Bot.Outbox;

/// <summary>No way to address the member from here; retrying will not change that.</summary>
public sealed class MemberUnreachableException(string message) : Exception(message);
