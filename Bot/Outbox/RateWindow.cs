namespace ChatBot.Bot.Outbox;

/// <summary>At most <see cref="Limit"/> calls in any <see cref="Length"/> of time.</summary>
public readonly record struct RateWindow(int Limit, TimeSpan Length);
