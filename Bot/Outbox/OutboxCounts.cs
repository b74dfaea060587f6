namespace ChatBot.Bot.Outbox;

/// <summary>How many messages are in each state (health page, office view).</summary>
public sealed record OutboxCounts(int Pending, int Sending, int Sent, int Failed);
